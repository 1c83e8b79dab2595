package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;

import java.util.Locale;

/** A command on an existing cooperation. */
public interface CooperationCommand {

    /** Where the command API takes a command on a cooperation: {@code /api/cooperations/{id}/} and its endpoint. */
    String ENDPOINTS = "/api/cooperations/{id}/";

    CooperationId cooperationId();

    /**
     * The command API's endpoint of a command on a cooperation, its name in kebab case ({@code AnswerDormancyFlag}:
     * {@code answer-dormancy-flag}); the command side's authorization matrix checks every endpoint against it.
     */
    static String endpoint(Class<? extends CooperationCommand> command) {
        return command.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The path a client posts a command on this cooperation to. */
    static String path(Class<? extends CooperationCommand> command, String cooperationId) {
        return ENDPOINTS.replace("{id}", cooperationId) + endpoint(command);
    }
}
