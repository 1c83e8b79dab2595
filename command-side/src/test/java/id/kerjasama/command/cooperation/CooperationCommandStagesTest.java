package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.command.security.SampleCommands;
import id.kerjasama.cooperation.CommandStages;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.ProposeExtension;
import id.kerjasama.cooperation.command.RecordPublicationExemption;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.event.CooperationEvent;
import id.kerjasama.cooperation.event.CooperationInitiated;
import id.kerjasama.cooperation.event.CooperationTerminated;
import org.axonframework.messaging.Message;
import org.axonframework.test.AxonAssertionError;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.cooperation.Stage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The aggregate accepts no command in a stage {@link CommandStages} leaves it out of: every command of the table, in
 * every other stage, is refused under a stage rule (or the command's own, see {@link #OWN_RULE_FIRST}), so the table the query side offers commands by and the aggregate
 * cannot drift apart.
 */
class CooperationCommandStagesTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /**
     * Where the command's own rule refuses before the stage check, because it says the same thing in its terms (an
     * extension continues an implementation; an exemption withholds, and registration records, a signed agreement),
     * and callers know it by it.
     */
    private static final Map<Class<?>, Rule> OWN_RULE_FIRST = Map.of(ProposeExtension.class, Rule.ONE_SUCCESSOR,
            RecordPublicationExemption.class, Rule.EXEMPTION_SIGNED_AGREEMENT,
            RegisterSignedDocument.class, Rule.REGISTER_SIGNED_ONLY);

    /** The cooperation in each stage: a KSDPK through its KB and PKS, a SYNERGY for the memorandum. */
    private static final Map<Stage, CooperationScenario> SCENARIO = new EnumMap<>(Map.of(MEMORANDUM, PANGKALPINANG_POLTEKKES));
    /** Each stage reached, with as much done as there can be before the step that leaves it. */
    private static final Map<Stage, List<Object>> GIVEN = new EnumMap<>(Map.of(
            PREPARATION, LAMANDAU_CBI.prepared(),
            ASSESSMENT, LAMANDAU_CBI.assessing(),
            OFFER, LAMANDAU_CBI.offerSent(),
            JOINT_AGREEMENT, LAMANDAU_CBI.frameworkApproved(),
            DPRD_APPROVAL, LAMANDAU_CBI.dprdPending(),
            IMPLEMENTING_AGREEMENT, LAMANDAU_CBI.implementingApproved(),
            MEMORANDUM, PANGKALPINANG_POLTEKKES.frameworkApproved(),
            IMPLEMENTATION, LAMANDAU_CBI.active(),
            ENDED, then(LAMANDAU_CBI.active(), new CooperationTerminated(LAMANDAU_CBI.id,
                    TerminationReason.MUTUAL_AGREEMENT, LocalDate.of(2026, 2, 28), "Disepakati dalam rapat TKKSD"))));

    @Test
    void every_command_is_refused_under_a_stage_rule_in_every_stage_the_table_leaves_it_out_of() throws Exception {
        List<String> accepted = new ArrayList<>();
        int refusals = 0;
        for (var line : CommandStages.table().entrySet()) {
            for (Stage stage : Stage.values()) {
                if (line.getValue().contains(stage)) {
                    continue;
                }
                CooperationCommand command = sample(line.getKey(), SCENARIO.getOrDefault(stage, LAMANDAU_CBI));
                try {
                    fixture().given(GIVEN.get(stage)).when(command, as(SECRETARIAT))
                            .expectException(refusedUnderAStageRuleOr(OWN_RULE_FIRST.get(line.getKey())));
                    refusals++;
                } catch (AxonAssertionError notRefused) {
                    accepted.add(line.getKey().getSimpleName() + " in " + stage + ": " + notRefused.getMessage());
                }
            }
        }
        assertThat(accepted).as("commands the aggregate does not refuse in a stage the table leaves them out of").isEmpty();
        assertThat(refusals).isGreaterThan(150);
    }

    @Test
    void each_given_brings_its_cooperation_to_its_stage() {
        assertThat(GIVEN).containsOnlyKeys(Stage.values());
        GIVEN.forEach((stage, events) -> assertThat(stageAfter(events)).as(stage.name()).isEqualTo(stage));
    }

    private static Stage stageAfter(List<Object> events) {
        Stage stage = null;
        CooperationType type = null;
        for (Object event : events) {
            Object payload = event instanceof Message<?> message ? message.getPayload() : event;
            if (payload instanceof CooperationInitiated initiated) {
                type = initiated.type();
            }
            stage = StageTransitions.next(stage, (CooperationEvent) payload, type);
        }
        return stage;
    }

    /** The command's sample body (as the API takes it) on {@code scenario}'s cooperation. */
    private static CooperationCommand sample(Class<? extends CooperationCommand> type, CooperationScenario scenario)
            throws Exception {
        String body = SampleCommands.BODIES.get(type.getSimpleName());
        ObjectNode json = body == null || body.isEmpty() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(body);
        json.put("cooperationId", scenario.id.value());
        return JSON.treeToValue(json, type);
    }

    private static Matcher<CooperationRefused> refusedUnderAStageRuleOr(Rule own) {
        return new FeatureMatcher<>(equalTo(true), "a refusal under a stage rule or " + own, "rule fits") {
            @Override
            protected Boolean featureValueOf(CooperationRefused refusal) {
                return refusal.rule().kind() == Rule.Kind.STAGE || refusal.rule() == own;
            }
        };
    }
}
