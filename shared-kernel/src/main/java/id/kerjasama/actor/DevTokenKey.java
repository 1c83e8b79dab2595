package id.kerjasama.actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The signing key of the embedded default's demo tokens: made once, kept in the data folder, so that both sides
 * (separate processes) trust the same tokens and restarts keep them valid. Never used in production, where
 * tokens come from the region's identity provider.
 */
public final class DevTokenKey {

    /** The issuer every demo token names, so that no other token can pass for one and none of them for another. */
    public static final String ISSUER = "kerjasama-dev";

    private DevTokenKey() {
    }

    /** The key pair in {@code file}, created if it does not exist yet (first process wins; others read it). */
    public static KeyPair loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String pem = Files.readString(file);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(section(pem, "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(section(pem, "PUBLIC KEY")));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the dev token key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The dev token key " + file + " is not an RSA key pair", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "dev-token-key", ".tmp");
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException another) {
            Files.delete(temporary); // another process made it first: use theirs
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] section(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END " + type + "-----");
        if (start < 0 || end < 0) {
            throw new IllegalStateException("no " + type + " section");
        }
        return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
    }
}
