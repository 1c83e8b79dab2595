package id.kerjasama.query.audit;

import id.kerjasama.audit.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkpoint key: configured files checked at start-up, or a development key made once and kept. */
class SigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void configured_key_files_are_read_at_start_up() throws Exception {
        KeyPair pair = SigningKeys.generate();
        Path signing = Files.writeString(directory.resolve("signing.pem"), SigningKeys.pem(pair.getPrivate()));
        Path publicKey = Files.writeString(directory.resolve("public.pem"), SigningKeys.pem(pair.getPublic()));

        SigningKey key = new SigningKey(signing.toString(), publicKey.toString(), directory.resolve("data").toString());

        assertThat(SigningKeys.keyId(key.publicKey())).isEqualTo(SigningKeys.keyId(pair.getPublic()));
        assertThat(directory.resolve("data")).doesNotExist();
    }

    @Test
    void a_public_key_of_another_pair_stops_the_start() throws Exception {
        Path signing = Files.writeString(directory.resolve("signing.pem"), SigningKeys.pem(SigningKeys.generate().getPrivate()));
        Path publicKey = Files.writeString(directory.resolve("public.pem"), SigningKeys.pem(SigningKeys.generate().getPublic()));

        assertThatThrownBy(() -> new SigningKey(signing.toString(), publicKey.toString(), directory.toString()))
                .hasMessageContaining("does not belong");
    }

    @Test
    void a_signing_key_without_its_public_key_stops_the_start() {
        assertThatThrownBy(() -> new SigningKey(directory.resolve("signing.pem").toString(), "", directory.toString()))
                .hasMessageContaining("kerjasama.audit.public-key-file");
    }

    @Test
    void without_configured_files_a_development_key_is_made_once_readable_by_its_owner_only() throws Exception {
        Path data = directory.resolve("data");
        SigningKey first = new SigningKey("", "", data.toString());
        assertThat(data).doesNotExist();

        String keyId = SigningKeys.keyId(first.publicKey());
        SigningKey second = new SigningKey("", "", data.toString());

        assertThat(SigningKeys.keyId(second.publicKey())).isEqualTo(keyId);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(SigningKey.DEV_SIGNING_KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(SigningKeys.publicKey(Files.readString(data.resolve(SigningKey.DEV_PUBLIC_KEY_FILE)))).isEqualTo(first.publicKey());
    }
}
