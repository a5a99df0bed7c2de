package org.interchange.ui.items;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.ItemSummary;

/**
 * The expanded conversations of a threaded list and where rows sit: a conversation's messages follow
 * its head row. Immutable; page reads on background threads use the one they were given.
 */
final class Expansions {
    /** An expanded conversation: its position among the conversations, its key and its messages. */
    record Expanded(int conversationIndex, String key, List<ItemSummary> items) {
        Expanded {
            items = List.copyOf(items);
        }
    }

    /** Where a list row is: a conversation's head ({@code member} -1) or one of its messages. */
    record Position(int conversationIndex, int member, Expanded expanded) {
        boolean head() {
            return member < 0;
        }
    }

    static final Expansions NONE = new Expansions(List.of());

    private final List<Expanded> expanded;

    private Expansions(List<Expanded> expanded) {
        this.expanded = expanded;
    }

    /** The number of list rows for {@code conversations} conversations. */
    int rows(int conversations) {
        int rows = conversations;
        for (Expanded e : expanded) {
            rows += e.items().size();
        }
        return rows;
    }

    Position at(int row) {
        int shift = 0;
        for (Expanded e : expanded) {
            int head = e.conversationIndex() + shift;
            if (row <= head) {
                break;
            }
            if (row <= head + e.items().size()) {
                return new Position(e.conversationIndex(), row - head - 1, e);
            }
            shift += e.items().size();
        }
        return new Position(row - shift, -1, null);
    }

    Optional<Expanded> find(String key) {
        return expanded.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    boolean isEmpty() {
        return expanded.isEmpty();
    }

    List<Expanded> all() {
        return expanded;
    }

    Expansions with(Expanded added) {
        List<Expanded> next = new ArrayList<>(expanded);
        next.removeIf(e -> e.key().equals(added.key()));
        next.add(added);
        next.sort(Comparator.comparingInt(Expanded::conversationIndex));
        return new Expansions(List.copyOf(next));
    }

    Expansions without(String key) {
        List<Expanded> next = new ArrayList<>(expanded);
        next.removeIf(e -> e.key().equals(key));
        return new Expansions(List.copyOf(next));
    }
}
