package id.kerjasama.cooperation.event;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A dispatch over the cooperation events: for each event type, what it does with an event of that type in a context
 * {@code C}, or why it leaves the type alone. {@link #unaccounted()} walks the sealed {@link CooperationEvent}, so
 * that a test of each dispatch fails for a new event type until the dispatch handles it or says why not.
 */
public final class EventDispatch<C> {

    private final Map<Class<?>, BiConsumer<C, Object>> handlers = new HashMap<>();
    private final Map<Class<?>, String> ignored = new HashMap<>();

    /** Handles the events of {@code type} with {@code handler}. */
    public <E extends CooperationEvent> EventDispatch<C> on(Class<E> type, BiConsumer<C, E> handler) {
        requireUnaccounted(type);
        handlers.put(type, (context, event) -> handler.accept(context, type.cast(event)));
        return this;
    }

    /** Leaves the events of {@code types} alone, for {@code reason}. */
    @SafeVarargs
    public final EventDispatch<C> ignoring(String reason, Class<? extends CooperationEvent>... types) {
        for (Class<? extends CooperationEvent> type : types) {
            requireUnaccounted(type);
            ignored.put(type, reason);
        }
        return this;
    }

    /**
     * Applies the handler of the event's type in {@code context}. Anything else (an ignored type, or a payload this
     * version does not know) is left alone.
     *
     * @return whether a handler applied
     */
    public boolean apply(C context, Object event) {
        BiConsumer<C, Object> handler = handlers.get(event.getClass());
        if (handler == null) {
            return false;
        }
        handler.accept(context, event);
        return true;
    }

    /** The event types this dispatch handles. */
    public Set<Class<?>> handled() {
        return Set.copyOf(handlers.keySet());
    }

    /** The event types this dispatch neither handles nor ignores with a reason: a complete dispatch has none. */
    public List<Class<?>> unaccounted() {
        return Arrays.stream(CooperationEvent.class.getPermittedSubclasses())
                .filter(type -> !handlers.containsKey(type) && !ignored.containsKey(type))
                .<Class<?>>map(type -> type)
                .toList();
    }

    private void requireUnaccounted(Class<?> type) {
        if (handlers.containsKey(type) || ignored.containsKey(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is accounted for twice");
        }
    }
}
