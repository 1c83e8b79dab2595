package id.kerjasama.verifier;

import id.kerjasama.audit.AuditBundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a folder of files against the documents a verified bundle lists: each file in the folder is hashed
 * (streamed), and each document is found by its SHA-256 whatever the file's name. A document is reported
 * {@code MISSING} when no file has its hash, {@code CHANGED} when a file of its recorded name has another hash,
 * {@code NOT RECORDED} when no event of the bundle carries the hash the list gives (the list is not signed; the events
 * are). Files that match no document are listed, and fail nothing.
 */
final class FolderCheck {

    private final PrintStream out;

    FolderCheck(PrintStream out) {
        this.out = out;
    }

    /** @return whether every document of the bundle is in the folder, unchanged */
    boolean check(AuditBundle bundle, Path folder) throws IOException {
        Map<String, List<String>> namesBySha256 = new HashMap<>();
        Map<String, String> sha256ByName = new HashMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
                String sha256 = sha256(file);
                String name = file.getFileName().toString();
                namesBySha256.computeIfAbsent(sha256, s -> new ArrayList<>()).add(name);
                sha256ByName.put(name, sha256);
            }
        }
        out.println("Files in " + folder + ": " + sha256ByName.size() + "; documents in the bundle: "
                + bundle.documents().size());
        boolean all = true;
        List<String> matched = new ArrayList<>();
        for (AuditBundle.DocumentHash document : bundle.documents()) {
            String name = Report.printable(document.fileName());
            List<String> found = namesBySha256.get(document.sha256());
            if (!document.recordedIn(bundle)) {
                all = false;
                out.println("NOT RECORDED " + name + " (document " + document.documentId() + "): no event of the bundle "
                        + "records " + document.sha256());
            } else if (found != null) {
                matched.addAll(found);
                out.println("OK " + name + " " + document.sha256() + " as " + Report.printable(String.join(", ", found)));
            } else if (sha256ByName.containsKey(document.fileName())) {
                all = false;
                matched.add(document.fileName());
                out.println("CHANGED " + name + " (document " + document.documentId() + "): its SHA-256 is "
                        + sha256ByName.get(document.fileName()) + ", the history recorded " + document.sha256());
            } else {
                all = false;
                out.println("MISSING " + name + " (document " + document.documentId() + ", SHA-256 "
                        + document.sha256() + ")");
            }
        }
        sha256ByName.keySet().stream().filter(name -> !matched.contains(name)).sorted()
                .forEach(name -> out.println("NOT IN THE BUNDLE " + Report.printable(name)));
        out.println(all ? "Every document of the bundle is in the folder, unchanged."
                : "FILES NOT VERIFIED: some documents are missing, changed or not recorded.");
        return all;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
