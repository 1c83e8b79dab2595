package id.kerjasama.query.inbox;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.cooperation.CommandStages;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.query.cooperation.CooperationDetail.RegionView;
import id.kerjasama.region.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of the inbox as clients read it: what it is (its kind as code, in Indonesian and English, and in words),
 * the cooperation and document it concerns, since when it waits and its last day, who must answer, and where the
 * commands that answer it are sent.
 */
public record InboxEntry(String kind, InboxKind.Category category, Name what, String about, Cooperation cooperation,
                         String documentId, Instant since, LocalDate lastDay, Answerer answeredBy,
                         List<Command> answeredWith) {

    /** An Indonesian term and its English label. */
    public record Name(String id, String en) {
    }

    public record Cooperation(String id, String title, Stage stage, RegionView region) {
    }

    /**
     * Who must answer: the initiating unit and its liaison officer (when appointed), the owner an evaluation named
     * for an overdue follow-up action, and the roles that may send an answering command.
     */
    public record Answerer(String unit, String liaisonOfficer, String actionOwner, List<ActorRole> roles) {
    }

    /** A command that answers the item: its name, and the method and path of the command API that take it. */
    public record Command(String name, String method, String path) {

        static Command of(Class<? extends CooperationCommand> command, String cooperationId) {
            return new Command(command.getSimpleName(), "POST", CooperationCommand.path(command, cooperationId));
        }

        /**
         * Every command that {@code role} may send, as {@link CommandPermissions} says, in its table's order, on a
         * cooperation in {@code stage} ({@link Stage#ENDED} once ended) that accepts it there, as
         * {@link CommandStages} says. A document's file is archived at that document's own path, which a frontend
         * finds in the detail's files, so {@link ArchiveDocumentFile} is not among them.
         */
        public static List<Command> sendableBy(ActorRole role, Stage stage, String cooperationId) {
            return CommandPermissions.table().entrySet().stream()
                    .filter(line -> line.getValue().contains(role) && line.getKey() != ArchiveDocumentFile.class
                            && CooperationCommand.class.isAssignableFrom(line.getKey()))
                    .map(line -> line.getKey().asSubclass(CooperationCommand.class))
                    .filter(command -> CommandStages.accepts(command, stage))
                    .map(command -> of(command, cooperationId)).toList();
        }
    }

    public static InboxEntry of(InboxItems.Item item) {
        InboxKind kind = InboxKind.of(item.kind());
        return new InboxEntry(kind.code(), kind.category(), new Name(kind.term(), kind.label()), item.about(),
                new Cooperation(item.cooperationId(), item.title(), item.stage(),
                        RegionView.of(RegionCode.of(item.regionCode()))),
                item.documentId(), item.since(), item.lastDay(),
                new Answerer(item.unit(), item.liaisonOfficer(), item.actionOwner(), List.copyOf(kind.roles())),
                kind.commands().stream().map(command -> Command.of(command, item.cooperationId())).toList());
    }
}
