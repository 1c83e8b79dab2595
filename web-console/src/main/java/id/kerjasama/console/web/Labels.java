package id.kerjasama.console.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Indonesian term or English label of a code the APIs answer (a stage, a role, a type), from the published
 * language's one table of them ({@code id/kerjasama/labels.properties}); pages call it as {@code @labels.of(...)}.
 */
@Component("labels")
public class Labels {

    private final Properties table = new Properties();

    Labels() {
        try (InputStream in = Labels.class.getResourceAsStream("/id/kerjasama/labels.properties")) {
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the term (Indonesian) or the label (English) of {@code type.code}, or the code if there is none */
    public String of(String type, Object code) {
        if (code == null) {
            return "";
        }
        String entry = table.getProperty(type + "." + code);
        if (entry == null || entry.indexOf('|') < 0) {
            return String.valueOf(code);
        }
        String[] termAndLabel = entry.split("\\|", 2);
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? termAndLabel[1] : termAndLabel[0];
    }
}
