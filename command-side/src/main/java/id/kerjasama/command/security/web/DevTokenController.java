package id.kerjasama.command.security.web;

import id.kerjasama.command.security.DemoUser;
import id.kerjasama.command.security.DevTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** Prints a demo token per demo user: {@code curl -s localhost:8081/dev/tokens/lamandau-opd}. Not in production. */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = "kerjasama.security.dev-tokens", havingValue = "true")
@Tag(name = "Demo tokens (embedded default only)")
class DevTokenController {

    record DemoUserView(String userName, String name, String role, String region) {
    }

    private final DevTokens tokens;

    DevTokenController(DevTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/dev/tokens")
    @Operation(summary = "The demo users")
    List<DemoUserView> users() {
        return Arrays.stream(DemoUser.values())
                .map(u -> new DemoUserView(u.userName(), u.displayName(), u.role().name(), u.region())).toList();
    }

    @GetMapping(value = "/dev/tokens/{userName}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "A bearer token for one demo user, valid 8 hours")
    ResponseEntity<String> token(@PathVariable String userName) {
        return DemoUser.named(userName)
                .map(u -> ResponseEntity.ok(tokens.issue(u.userName(), u.displayName(), u.role(), u.region()) + "\n"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
