package id.kerjasama.query.publicregister.web;

import id.kerjasama.query.publicregister.PublicStatistics;
import id.kerjasama.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public register in figures, open to everyone like the register itself. */
@RestController
@Tag(name = "Public register")
public class PublicStatisticsController {

    private final PublicStatistics statistics;

    PublicStatisticsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/public/statistics")
    @Operation(summary = "The signed agreements of the register counted by region, type, government affair and stage")
    public PublicStatistics.Statistics statistics(@RequestParam(required = false) RegionCode region) {
        return statistics.of(region);
    }
}
