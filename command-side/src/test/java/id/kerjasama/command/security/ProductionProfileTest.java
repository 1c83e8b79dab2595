package id.kerjasama.command.security;

import id.kerjasama.actor.ActorRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In the prod profile the demo issuer does not exist, even with its property left on: no token endpoint, and
 * demo tokens are not trusted; only the configured identity provider's key counts.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
        "kerjasama.security.dev-tokens=true"})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
class ProductionProfileTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = Files.createTempFile("idp-public", ".pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
    }

    @Test
    void the_demo_issuer_cannot_be_switched_on_in_production() throws Exception {
        assertThat(context.getBeanNamesForType(DevTokens.class)).isEmpty();
        mvc.perform(get("/dev/tokens/lamandau-opd")).andExpect(status().isNotFound());
    }

    @Test
    void a_demo_token_is_not_trusted_in_production() throws Exception {
        String demoToken = new DevTokens(Path.of(System.getProperty("java.io.tmpdir"), "dev-token-key.pem").toString())
                .issue("lamandau-opd", "Demo", ActorRole.UNIT_OFFICER, "62.09");
        mvc.perform(post("/api/cooperations").contentType("application/json").content("{}")
                .header("Authorization", "Bearer " + demoToken)).andExpect(status().isUnauthorized());
    }
}
