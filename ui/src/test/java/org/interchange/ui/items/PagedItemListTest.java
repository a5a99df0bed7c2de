package org.interchange.ui.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class PagedItemListTest {
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final List<String> reads = new ArrayList<>();
    private String prefix = "item";

    private final PageSource source = (offset, limit) -> {
        reads.add(offset + "+" + limit);
        List<RowData> rows = new ArrayList<>();
        for (int i = offset; i < offset + limit; i++) {
            rows.add(new RowData(new ItemSummary(i, 1, "s" + i, ItemKind.MAIL, prefix + " " + i, "x",
                    Instant.EPOCH, null, 0, true, false, false, "", OfflineState.SYNCED)));
        }
        return rows;
    };

    @Test
    void readsOnlyThePagesThatAreAskedFor() {
        PagedItemList list = new PagedItemList(100_000, source, executor, e -> { });

        ItemRow row = list.get(250);
        assertThat(row.data()).isNull();
        executor.runAll();

        assertThat(reads).containsExactly("200+100");
        assertThat(row.data().summary().subject()).isEqualTo("item 250");
        assertThat(list.get(299)).isNotNull();
        assertThat(list.get(299).data().summary().subject()).isEqualTo("item 299");
        assertThat(executor.runAll()).isZero();
    }

    @Test
    void theLastPageIsReadOnlyUpToTheEnd() {
        PagedItemList list = new PagedItemList(130, source, executor, e -> { });
        list.get(129);
        executor.runAll();
        assertThat(reads).containsExactly("100+30");
        assertThatThrownBy(() -> list.get(130)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void holdsABoundedNumberOfPages() {
        PagedItemList list = new PagedItemList(1_000_000, source, executor, e -> { });
        for (int i = 0; i < 100; i++) {
            list.get(i * PagedItemList.PAGE_SIZE);
            executor.runAll();
        }
        assertThat(list.pagesHeld()).isEqualTo(PagedItemList.MAX_PAGES);
    }

    @Test
    void refreshRereadsHeldPagesInPlaceAndReportsTheNewSize() {
        PagedItemList list = new PagedItemList(150, source, executor, e -> { });
        ItemRow row = list.get(5);
        executor.runAll();
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<ItemRow>) c -> {
            while (c.next()) {
                changes.add((c.wasAdded() ? "add " + c.getFrom() + "-" + c.getTo() : "")
                        + (c.wasRemoved() ? "remove " + c.getFrom() + "x" + c.getRemovedSize() : ""));
            }
        });

        prefix = "renamed";
        list.refresh(120);
        assertThat(row.data().summary().subject()).as("old data shown until the page arrives").isEqualTo("item 5");
        executor.runAll();

        assertThat(changes).containsExactly("remove 120x30");
        assertThat(list).hasSize(120);
        assertThat(row.data().summary().subject()).isEqualTo("renamed 5");
        assertThat(list.indexOfItem(5)).hasValue(5);

        list.refresh(200);
        assertThat(changes).endsWith("add 120-200");
    }

    @Test
    void aPageReadBeforeARefreshIsNotApplied() {
        PagedItemList list = new PagedItemList(10, source, executor, e -> { });
        ItemRow row = list.get(0);
        list.refresh(10);
        assertThat(executor.pending()).isEqualTo(2);

        executor.runNext();
        assertThat(row.data()).as("the read started before the refresh is dropped").isNull();
        executor.runNext();
        assertThat(row.data().summary().subject()).isEqualTo("item 0");
    }

    @Test
    void aFailedPageIsReportedAndNotRetriedInALoop() {
        List<Exception> failures = new ArrayList<>();
        PagedItemList list = new PagedItemList(10, (o, l) -> {
            throw new IllegalStateException("broken");
        }, executor, failures::add);
        list.get(0);
        executor.runAll();
        list.get(1);
        assertThat(executor.runAll()).isZero();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("broken");
    }
}
