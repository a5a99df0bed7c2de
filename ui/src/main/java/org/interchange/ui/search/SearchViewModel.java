package org.interchange.ui.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.TaskExecutor;

/**
 * The search box: what the user typed, the matching messages, appointments, contacts, tasks and
 * notes of the cache ({@link Cache#search}), and the one selected. The query runs {@link #DELAY} after
 * the last keystroke; an answer to an older query is dropped.
 */
public final class SearchViewModel {
    public static final Duration DELAY = Duration.ofMillis(250);
    public static final int LIMIT = 200;

    private final Cache cache;
    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ItemSummary> results = FXCollections.observableArrayList();
    private final ObservableList<ItemSummary> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<ItemSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private TaskExecutor.Scheduled pending;
    private long generation;

    public SearchViewModel(Cache cache, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.executor = Objects.requireNonNull(executor, "executor");
        query.addListener((obs, old, now) -> typed());
    }

    /** What the user typed; the box binds to it. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ItemSummary> results() {
        return resultsView;
    }

    public ObjectProperty<ItemSummary> selectedProperty() {
        return selected;
    }

    /** True while there is a query: the window shows the results instead of the folder. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** e.g. "12 results for “budget”". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Runs the query now (Enter). */
    public void searchNow() {
        cancelPending();
        run();
    }

    /** Empties the box and leaves the results (Escape). */
    public void clear() {
        query.set("");
    }

    private void typed() {
        cancelPending();
        if (query.get() == null || query.get().isBlank()) {
            generation++;
            active.set(false);
            searching.set(false);
            results.clear();
            selected.set(null);
            summary.set("");
            return;
        }
        active.set(true);
        pending = executor.schedule(DELAY, () -> {
            pending = null;
            run();
        });
    }

    private void run() {
        String text = query.get();
        if (text == null || text.isBlank()) {
            return;
        }
        long mine = ++generation;
        searching.set(true);
        executor.submit(() -> cache.search(text, LIMIT), found -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            error.set(null);
            results.setAll(found);
            summary.set(describe(found, text));
        }, failure -> {
            if (mine == generation) {
                searching.set(false);
                error.set("Search failed: " + failure.getMessage());
            }
        });
    }

    private static String describe(List<ItemSummary> found, String text) {
        String count = found.isEmpty() ? "No results" : found.size() >= LIMIT ? "The newest " + LIMIT + " results"
                : found.size() == 1 ? "1 result" : found.size() + " results";
        return count + " for \u201c" + text.strip() + "\u201d";
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
