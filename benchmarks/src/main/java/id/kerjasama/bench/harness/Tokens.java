package id.kerjasama.bench.harness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo tokens both sides trust outside production (kerjasama.security.dev-tokens): RS256 JWTs from the
 * issuer "kerjasama-dev" with claims sub, name, kerjasama_role and kerjasama_region, signed with the key in
 * the file both sides are given (kerjasama.security.dev-token-key-file). The benchmark makes that key before
 * it starts them, in the format the sides read (a PKCS#8 and an X.509 PEM section), and mints one token per
 * actor, valid 8 hours.
 */
public final class Tokens {
    private final java.security.PrivateKey key;
    private final Map<Actor, String> minted = new ConcurrentHashMap<>();

    private Tokens(java.security.PrivateKey key) {
        this.key = key;
    }

    public static Tokens createKeyFile(Path file) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
        return new Tokens(pair.getPrivate());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    public String of(Actor actor) {
        return minted.computeIfAbsent(actor, this::mint);
    }

    private String mint(Actor actor) {
        long now = Instant.now().getEpochSecond();
        String header = Json.write(Json.obj("alg", "RS256", "typ", "JWT"));
        String claims = Json.write(Json.obj("iss", "kerjasama-dev", "sub", actor.id(), "iat", now, "exp", now + 8 * 3600,
                "name", actor.id(), "kerjasama_role", actor.role(), "kerjasama_region", actor.region()));
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64.encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
