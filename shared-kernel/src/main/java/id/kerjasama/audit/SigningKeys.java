package id.kerjasama.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys as PEM files (PKCS#8 private keys, X.509 SubjectPublicKeyInfo public keys: what {@code openssl
 * genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write), and signing with them, all with the JDK.
 */
public final class SigningKeys {

    private static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime has Ed25519", e);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(pemContent(pem, PUBLIC_KEY)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pemContent(pem, PRIVATE_KEY)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    public static String pem(PublicKey key) {
        return pem(PUBLIC_KEY, key.getEncoded());
    }

    public static String pem(PrivateKey key) {
        return pem(PRIVATE_KEY, key.getEncoded());
    }

    /** Names a public key: the SHA-256 of its X.509 encoding, in lowercase hex. */
    public static String keyId(PublicKey key) {
        return Hex.of(CanonicalBytes.sha256(key.getEncoded()));
    }

    public static byte[] sign(PrivateKey key, byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is {@code key}'s signature of {@code content}; false for malformed signatures too. */
    public static boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime has Ed25519", e);
        }
    }

    /** Fails unless the two keys belong together, so a wrong pair of key files is found at start-up, not by auditors. */
    public static void requirePair(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "kerjasama key pair probe".getBytes(StandardCharsets.US_ASCII);
        if (!verify(publicKey, probe, sign(privateKey, probe))) {
            throw new IllegalArgumentException("The public key does not belong to the private key");
        }
    }

    private static byte[] pemContent(String pem, String type) {
        Matcher matcher = PEM.matcher(pem == null ? "" : pem);
        if (!matcher.find() || !matcher.group(1).equals(type)) {
            throw new IllegalArgumentException("Not a PEM block of type " + type);
        }
        return Base64.getMimeDecoder().decode(matcher.group(2));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
