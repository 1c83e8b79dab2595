package id.kerjasama.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.audit.BundleVerifier;
import id.kerjasama.audit.SigningKeys;
import id.kerjasama.audit.Verification;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * Verifies a Kerjasama audit bundle offline, with no database and no network: only the bundle and the public key
 * the auditor obtained from the operator (never from the bundle itself). Prints the history the bundle proves,
 * or the first failure and where it is; exits 0 when the history verifies and 1 otherwise.
 * <pre>java -jar audit-verifier.jar cooperation-audit-bundle.json public-key.pem [--files folder]</pre>
 * With {@code --files}, a verified bundle's documents are also checked against the files in the folder
 * ({@link FolderCheck}): exit 0 only when the history verifies and every document is there, unchanged.
 */
public final class AuditVerifier {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;

    private AuditVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** What {@link #main} does, short of exiting: the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean withFiles = args.length == 4 && "--files".equals(args[2]);
        if (args.length != 2 && !withFiles) {
            err.println("Usage: java -jar audit-verifier.jar <audit-bundle.json> <public-key.pem> [--files <folder>]");
            return NOT_VERIFIED;
        }
        Path folder = withFiles ? Path.of(args[3]) : null;
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("NOT VERIFIED: " + folder + " is not a folder");
            return NOT_VERIFIED;
        }
        byte[] bundle;
        PublicKey trustedKey;
        try {
            bundle = Files.readAllBytes(Path.of(args[0]));
            trustedKey = SigningKeys.publicKey(Files.readString(Path.of(args[1])));
        } catch (IOException | IllegalArgumentException e) {
            err.println("NOT VERIFIED: cannot read " + e.getMessage());
            return NOT_VERIFIED;
        }
        return verify(bundle, trustedKey, folder, out, err);
    }

    /** @param folder the files to check against the bundle's documents, or null */
    static int verify(byte[] bundleJson, PublicKey trustedKey, Path folder, PrintStream out, PrintStream err) {
        Verification verification;
        AuditBundle bundle;
        try {
            bundle = BundleJson.read(bundleJson);
            verification = BundleVerifier.verify(bundle, trustedKey);
        } catch (JsonProcessingException e) {
            err.println("NOT VERIFIED: not a valid audit bundle: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
            return NOT_VERIFIED;
        } catch (IOException | IllegalArgumentException e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return NOT_VERIFIED;
        } catch (RuntimeException unforeseen) {
            // whatever a forged bundle provokes, the answer must never look like a success
            err.println("NOT VERIFIED: the bundle could not be checked: " + unforeseen);
            return NOT_VERIFIED;
        }
        new Report(out).print(bundle, verification);
        if (!verification.intact()) {
            return NOT_VERIFIED;
        }
        if (folder == null) {
            return VERIFIED;
        }
        try {
            return new FolderCheck(out).check(bundle, folder) ? VERIFIED : NOT_VERIFIED;
        } catch (IOException e) {
            err.println("NOT VERIFIED: cannot read the files: " + e);
            return NOT_VERIFIED;
        }
    }
}
