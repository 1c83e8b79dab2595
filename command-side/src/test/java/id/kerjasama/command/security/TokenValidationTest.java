package id.kerjasama.command.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kerjasama.actor.DevTokenKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only a token signed by the trusted issuer, unexpired, naming a role and a region, gets in. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:token-validation;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class TokenValidationTest {

    private static final String BODY = "{\"type\":\"KSDPK\",\"title\":\"Layanan\",\"initiatingRegion\":\"62.09\",\"initiatingUnit\":\"RSUD\","
            + "\"initiator\":\"REGIONAL_UNIT\",\"partner\":{\"kind\":\"BUSINESS\",\"name\":\"PT CBI\"},\"affairs\":[\"HEALTH\"],\"objective\":\"x\"}";

    @Autowired
    MockMvc mvc;
    @Value("${kerjasama.data-dir}")
    String dataDir;

    @Test
    void a_demo_token_from_the_dev_issuer_is_accepted() throws Exception {
        String token = mvc.perform(get("/dev/tokens/lamandau-opd")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().strip();
        initiate(token).andExpect(status().isCreated());
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        initiate(token(generator.generateKeyPair().getPrivate(), DevTokenKey.ISSUER, Instant.now().plusSeconds(600), "UNIT_OFFICER"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        initiate(token(devKey(), "https://elsewhere.example", Instant.now().plusSeconds(600), "UNIT_OFFICER"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        initiate(token(devKey(), DevTokenKey.ISSUER, Instant.now().minusSeconds(600), "UNIT_OFFICER"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_without_a_known_role_is_refused() throws Exception {
        initiate(token(devKey(), DevTokenKey.ISSUER, Instant.now().plusSeconds(600), null)).andExpect(status().isUnauthorized());
        initiate(token(devKey(), DevTokenKey.ISSUER, Instant.now().plusSeconds(600), "MAYOR")).andExpect(status().isUnauthorized());
        initiate(token(devKey(), DevTokenKey.ISSUER, Instant.now().plusSeconds(600), "SYSTEM")).andExpect(status().isUnauthorized());
    }

    @Test
    void no_token_at_all_is_refused_but_health_and_the_api_description_are_open() throws Exception {
        mvc.perform(post("/api/cooperations").contentType("application/json").content(BODY)).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions initiate(String token) throws Exception {
        return mvc.perform(post("/api/cooperations").contentType("application/json").content(BODY)
                .header("Authorization", "Bearer " + token));
    }

    private PrivateKey devKey() {
        KeyPair pair = DevTokenKey.loadOrCreate(Path.of(dataDir, "dev-token-key.pem"));
        return pair.getPrivate();
    }

    private static String token(PrivateKey key, String issuer, Instant expiry, String role) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("lamandau-opd")
                .issueTime(Date.from(expiry.minusSeconds(3600))).expirationTime(Date.from(expiry))
                .claim("kerjasama_region", "62.09");
        if (role != null) {
            claims.claim("kerjasama_role", role);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
