package id.kerjasama.web;

import id.kerjasama.web.limits.ApiLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * What both sides' APIs share, imported by each side's application: bearer tokens and their callers, problem
 * answers wherever a request is refused, CORS, and the limits on what the APIs accept at all.
 */
@Configuration
@ComponentScan
@EnableConfigurationProperties(ApiLimits.class)
public class WebSupport {
}
