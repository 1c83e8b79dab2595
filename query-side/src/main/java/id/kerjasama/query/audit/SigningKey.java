package id.kerjasama.query.audit;

import id.kerjasama.audit.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * The Ed25519 key that signs checkpoints, read from files outside the database: {@code
 * kerjasama.audit.signing-key-file} (PKCS#8 PEM) and {@code kerjasama.audit.public-key-file} (X.509 PEM; the JDK
 * cannot derive it from the private key). Configured files are read at start-up, so a wrong pair stops the
 * service. Without them (the embedded default) a development key pair is made on first use in {@code
 * kerjasama.data-dir} and kept there: fine for trying the system, worthless as evidence.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final String DEV_SIGNING_KEY_FILE = "audit-signing-key.pem";
    static final String DEV_PUBLIC_KEY_FILE = "audit-public-key.pem";

    private final Path signingKeyFile;
    private final Path publicKeyFile;
    private final boolean development;
    private KeyPair keyPair;

    SigningKey(@Value("${kerjasama.audit.signing-key-file:}") String signingKeyFile,
               @Value("${kerjasama.audit.public-key-file:}") String publicKeyFile,
               @Value("${kerjasama.data-dir:./data}") String dataDir) {
        this.development = signingKeyFile.isBlank();
        if (development) {
            this.signingKeyFile = Path.of(dataDir, DEV_SIGNING_KEY_FILE);
            this.publicKeyFile = Path.of(dataDir, DEV_PUBLIC_KEY_FILE);
        } else {
            if (publicKeyFile.isBlank()) {
                throw new IllegalStateException("kerjasama.audit.signing-key-file is set, so kerjasama.audit.public-key-file "
                        + "must name its public key (openssl pkey -in signing-key.pem -pubout -out public-key.pem)");
            }
            this.signingKeyFile = Path.of(signingKeyFile);
            this.publicKeyFile = Path.of(publicKeyFile);
            this.keyPair = read();
            log.info("Checkpoints are signed with key {} from {}", SigningKeys.keyId(keyPair.getPublic()), signingKeyFile);
        }
    }

    synchronized KeyPair keyPair() {
        if (keyPair == null) {
            keyPair = Files.exists(signingKeyFile) || Files.exists(publicKeyFile) ? read() : createDevelopmentKey();
            log.warn("Checkpoints are signed with the DEVELOPMENT key {} in {}: set kerjasama.audit.signing-key-file "
                    + "and kerjasama.audit.public-key-file to a key kept away from the database before relying on them",
                    SigningKeys.keyId(keyPair.getPublic()), signingKeyFile);
        }
        return keyPair;
    }

    public PublicKey publicKey() {
        return keyPair().getPublic();
    }

    private KeyPair read() {
        try {
            KeyPair pair = new KeyPair(SigningKeys.publicKey(Files.readString(publicKeyFile)),
                    SigningKeys.privateKey(Files.readString(signingKeyFile)));
            SigningKeys.requirePair(pair.getPrivate(), pair.getPublic());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint key files " + signingKeyFile + " and " + publicKeyFile, e);
        }
    }

    private KeyPair createDevelopmentKey() {
        KeyPair pair = SigningKeys.generate();
        try {
            Files.createDirectories(signingKeyFile.toAbsolutePath().getParent());
            // readable by its owner only from the moment it exists
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(signingKeyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(signingKeyFile, SigningKeys.pem(pair.getPrivate()));
            Files.writeString(publicKeyFile, SigningKeys.pem(pair.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development checkpoint key to " + signingKeyFile, e);
        }
        return pair;
    }
}
