package id.kerjasama.query.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.event.CooperationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of every event type of the published language shows in the cooperation detail, or is listed here as
 * not shown, with the reason. A new event type, or a new field of one, fails this test until the detail shows it
 * (or a reason is written down). The story folds each event type at least once; after each event, every value it
 * carries must be among the values the event added to or changed in the detail's JSON (as the API serves it). The
 * values that say what the event is about (an id, a document's kind) need only be in the detail. Who acted (the
 * actor id of every event the system did not record on its own) must be among the added or changed values too.
 */
class CooperationDetailShowsEveryEventTest {

    /** Facts (event type and path of the value within the event) the detail does not show, and why. */
    private static final Map<String, String> NOT_SHOWN = Map.of(
            "DprdApprovalDeemedGiven.requestedOn", "repeats the request's date, which the detail shows under dprd",
            "DprdApprovalDeemedGiven.answerDueOn", "repeats the request's due date, which the detail shows under dprd",
            "CooperationFlaggedDormant.lastDay", "the flag's since is the day after it",
            "EvaluationOverdue.lastDay", "the flag's since is the day after it",
            "FollowUpActionOverdue.actionNumber", "in the flag's key (evaluation#number); the action is the evaluation's",
            "FollowUpActionOverdue.action.dueDate", "the evaluation lists the action; the flag's since is the day after",
            "ExpiryApproaching.documentId", "always the KB or NK, the detail's framework document",
            "DocumentFileArchived.sha256", "the hash the document was recorded with, which files shows; an archived file has it by rule");

    // as Spring Boot configures it for the API
    private final ObjectMapper json = new Jackson2ObjectMapperBuilder()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void the_story_holds_every_event_type_of_the_published_language() {
        Set<String> told = new TreeSet<>();
        for (HistoryStory story : List.of(new HistoryStory().everything(), HistoryStory.imported())) {
            story.events().forEach(e -> told.add(e.getPayloadType().getName()));
        }
        assertThat(told).as("add each new event type to HistoryStory, and show its facts in the detail")
                .containsAll(eventTypes());
    }

    @Test
    void every_fact_of_every_event_shows_in_the_detail_or_is_listed_as_not_shown() {
        List<String> missing = new ArrayList<>();
        for (HistoryStory story : List.of(new HistoryStory().everything(), HistoryStory.imported())) {
            CooperationDetail detail = new CooperationDetail();
            Map<String, String> before = leaves(json.valueToTree(detail));
            for (DomainEventMessage<?> message : story.events()) {
                CooperationHistory.evolve(detail, message);
                Map<String, String> after = leaves(json.valueToTree(detail));
                List<String> changed = after.entrySet().stream()
                        .filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::getValue).toList();
                missing.addAll(unshown(message.getPayload(), changed, after.values()));
                String actor = (String) message.getMetaData().get(AuditMetadata.ACTOR_ID);
                String type = message.getPayloadType().getSimpleName();
                if (!AuditMetadata.SYSTEM_ACTOR.equals(actor) && !changed.contains(actor)) {
                    missing.add(type + " by " + actor);
                }
                before.clear();
                before.putAll(after);
            }
        }
        assertThat(missing).as("facts the detail does not show: show them, or list them in NOT_SHOWN with the reason")
                .isEmpty();
    }

    @Test
    void every_fact_listed_as_not_shown_exists() {
        Map<String, Set<String>> paths = new HashMap<>();
        for (HistoryStory story : List.of(new HistoryStory().everything(), HistoryStory.imported())) {
            story.events().forEach(message -> {
                Object event = message.getPayload();
                for (RecordComponent component : event.getClass().getRecordComponents()) {
                    leaves(json.valueToTree(value(event, component)), component.getName()).keySet().forEach(path ->
                            paths.computeIfAbsent(event.getClass().getSimpleName(), k -> new TreeSet<>())
                                    .add(path.replaceAll("\\[\\d+]", "")));
                }
            });
        }
        assertThat(NOT_SHOWN.keySet()).allSatisfy(fact -> assertThat(paths.getOrDefault(fact.split("\\.", 2)[0], Set.of()))
                .contains(fact.split("\\.", 2)[1]));
    }

    private List<String> unshown(Object event, List<String> changed, java.util.Collection<String> all) {
        List<String> missing = new ArrayList<>();
        String type = event.getClass().getSimpleName();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("cooperationId")) {
                continue;   // every event is about the cooperation the detail is of
            }
            boolean identifying = component.getName().endsWith("Id") || component.getName().equals("kind");
            leaves(json.valueToTree(value(event, component)), component.getName()).forEach((path, value) -> {
                String fact = type + "." + path.replaceAll("\\[\\d+]", "");
                if (!NOT_SHOWN.containsKey(fact) && !shown(value, changed) && !(identifying && shown(value, all))) {
                    missing.add(fact + " = " + value);
                }
            });
        }
        return missing;
    }

    /** Equal to a value of the detail, or, for a value of some length, within one of its texts. */
    private static boolean shown(String value, java.util.Collection<String> values) {
        return values.stream().anyMatch(v -> v.equals(value) || value.length() >= 4 && v.contains(value));
    }

    private static Object value(Object event, RecordComponent component) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> leaves(JsonNode node) {
        return leaves(node, "");
    }

    /** The non-null values of a JSON tree by their paths. */
    private static Map<String, String> leaves(JsonNode node, String path) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(f -> leaves.putAll(leaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.putAll(leaves(node.get(i), path + "[" + i + "]"));
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            leaves.put(path, node.asText());
        }
        return leaves;
    }

    private static Set<String> eventTypes() {
        return Arrays.stream(CooperationEvent.class.getPermittedSubclasses()).map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
