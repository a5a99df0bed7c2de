package org.interchange.ui;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.MailCache;
import org.interchange.ui.compose.ComposeActions;
import org.interchange.ui.compose.ComposeLauncher;
import org.interchange.ui.items.ItemActionsViewModel;
import org.interchange.ui.calendar.CalendarPane;
import org.interchange.ui.calendar.CalendarViewModel;
import org.interchange.ui.folders.FolderTreeView;
import org.interchange.ui.folders.FolderTreeViewModel;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.interchange.ui.items.ItemListView;
import org.interchange.ui.items.ItemListViewModel;
import org.interchange.ui.reading.ReadingPaneView;
import org.interchange.ui.search.SearchResultsView;
import org.interchange.ui.search.SearchViewModel;
import org.interchange.ui.reading.ReadingPaneViewModel;
import org.interchange.ui.status.StatusBarView;
import org.interchange.ui.status.SyncStatusViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window of the desktop client: folder tree, item list and reading pane side by side,
 * a tool bar and a status bar. It reads only the offline cache, on the {@link TaskExecutor}.
 * Create it on the FX thread; call {@link #dispose()} when the window closes.
 */
public final class MainWindow {
    private final FolderTreeViewModel folders;
    private final ItemListViewModel items;
    private final ReadingPaneViewModel reading;
    private final ReadingPaneView readingView;
    private final CalendarViewModel calendar;
    private final ItemActionsViewModel actions;
    private final ComposeLauncher compose;
    private final ComposeActions composeActions;
    private final CalendarPane calendarPane;
    private final org.interchange.ui.contacts.ContactsViewModel contacts;
    private final org.interchange.ui.tasks.TasksViewModel tasks;
    private final org.interchange.ui.notes.NotesViewModel notes;
    private final org.interchange.ui.notify.ReminderService reminders;
    private final org.interchange.ui.calendar.MeetingResponseViewModel meeting;
    /** The view each non-mail folder kind opens instead of the item list. */
    private final java.util.Map<FolderKind, javafx.scene.Node> kindViews = new java.util.EnumMap<>(FolderKind.class);
    private final SplitPane panes;
    private final SplitPane listPanes;
    private final SearchViewModel search;
    private final javafx.scene.Node itemList;
    private final javafx.scene.Node searchResults;
    private final javafx.scene.control.TextField searchBox = new javafx.scene.control.TextField();
    /** Where the light or dark choice and the categories are remembered between runs. */
    private final java.util.prefs.Preferences preferences;
    private static final String DARK_MODE_KEY = "darkMode";
    private final org.interchange.ui.categories.CategoryList categoryList;
    private final org.interchange.ui.items.CategorizeActions categorizeActions;
    private final org.interchange.ui.items.CategorizeMenu categorize;
    private final BooleanProperty darkMode = new SimpleBooleanProperty(false);
    private final BorderPane root = new BorderPane();
    private Runnable onRefresh = () -> { };

    /**
     * @param cache      the offline cache, read on {@code executor}'s background threads
     * @param edits      the cache's local edits (flag, delete, move, calendar changes, drafts and sending), also
     *                   run in the background
     * @param mail       the cache's mail queries (recipient completion, remote-content allow list)
     * @param executor   runs cache work off the FX thread ({@link FxTaskExecutor} in the app)
     * @param syncStatus the status bar's model; the app also hands it to the sync engine as its SyncListener
     */
    public MainWindow(Cache cache, CacheEdits edits, MailCache mail, TaskExecutor executor,
                      SyncStatusViewModel syncStatus) {
        this(cache, edits, mail, executor, syncStatus, java.util.prefs.Preferences.userNodeForPackage(MainWindow.class));
    }

    /**
     * As {@link #MainWindow(Cache, CacheEdits, MailCache, TaskExecutor, SyncStatusViewModel)}, keeping the user's
     * choices (dark mode, the category list) in {@code preferences} instead of the user's node for this package.
     */
    public MainWindow(Cache cache, CacheEdits edits, MailCache mail, TaskExecutor executor,
                      SyncStatusViewModel syncStatus, java.util.prefs.Preferences preferences) {
        Objects.requireNonNull(cache, "cache");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(edits, "edits");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(syncStatus, "syncStatus");
        Formats formats = Formats.system();
        folders = new FolderTreeViewModel(cache, executor);
        items = new ItemListViewModel(cache, mail, executor);
        reading = new ReadingPaneViewModel(cache, mail, executor, formats);
        items.folderProperty().bind(folders.selectedFolderProperty());
        meeting = new org.interchange.ui.calendar.MeetingResponseViewModel(cache, edits, executor,
                java.time.Clock.systemDefaultZone());
        search = new SearchViewModel(cache, executor);
        items.selectedItemProperty().addListener((obs, old, item) -> {
            if (!search.activeProperty().get()) {
                reading.show(item);
                meeting.show(item);
            }
        });
        search.selectedProperty().addListener((obs, old, item) -> {
            if (search.activeProperty().get()) {
                reading.show(item);
                meeting.show(item);
            }
        });

        FolderTreeView folderView = new FolderTreeView(folders);
        actions = new ItemActionsViewModel(edits, executor);
        categoryList = new org.interchange.ui.categories.CategoryList(preferences.node("categories"));
        categorizeActions = new org.interchange.ui.items.CategorizeActions(edits, categoryList, executor);
        categorize = new org.interchange.ui.items.CategorizeMenu(categorizeActions, categoryList, items::selectedRows,
                () -> org.interchange.ui.categories.CategoryManager.show(categoryList, root));
        ItemListView itemView = new ItemListView(items, actions, categorize, formats);
        folderView.setOnItemDropped((dragged, target) -> actions.move(dragged.itemId(), dragged.folderId(), target));
        readingView = new ReadingPaneView(reading, formats, categoryList);

        compose = new ComposeLauncher(cache, edits, mail, executor, formats);
        composeActions = new ComposeActions(compose, folders.selectedFolderProperty(), reading.itemProperty());
        calendar = new CalendarViewModel(cache, edits, executor, ZoneId.systemDefault());
        calendarPane = new CalendarPane(calendar, ZoneId.systemDefault());
        contacts = new org.interchange.ui.contacts.ContactsViewModel(cache, edits, executor);
        tasks = new org.interchange.ui.tasks.TasksViewModel(cache, edits, executor, java.time.Clock.systemDefaultZone());
        notes = new org.interchange.ui.notes.NotesViewModel(cache, edits, executor);
        kindViews.put(FolderKind.CALENDAR, calendarPane.node());
        kindViews.put(FolderKind.CONTACTS, new org.interchange.ui.contacts.ContactsView(contacts, categoryList).node());
        kindViews.put(FolderKind.TASKS, new org.interchange.ui.tasks.TasksView(tasks, ZoneId.systemDefault(), categoryList).node());
        kindViews.put(FolderKind.NOTES, new org.interchange.ui.notes.NotesView(notes).node());
        reminders = new org.interchange.ui.notify.ReminderService(cache, edits, executor,
                java.time.Clock.systemDefaultZone(), ZoneId.systemDefault());
        itemList = itemView.node();
        searchResults = new SearchResultsView(search, formats).node();
        // a meeting request gets Accept / Tentative / Decline over its reading pane
        javafx.scene.layout.BorderPane reader = new javafx.scene.layout.BorderPane(readingView.node());
        reader.setTop(new org.interchange.ui.calendar.MeetingResponseBar(meeting, ZoneId.systemDefault()).node());
        listPanes = new SplitPane(itemList, reader);
        listPanes.setDividerPositions(0.5);
        panes = new SplitPane(folderView.node(), listPanes);
        panes.setOrientation(Orientation.HORIZONTAL);
        panes.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(folderView.node(), false);
        panes.getStyleClass().add("main-panes");
        folders.selectedFolderProperty().addListener((obs, old, folder) -> showContent());
        search.activeProperty().addListener((obs, old, active) -> showContent());

        root.getStyleClass().add("main-window");
        root.setTop(new javafx.scene.layout.VBox(menuBar(), toolBar()));
        // due reminders float over the lower right corner of the panes
        root.setCenter(new javafx.scene.layout.StackPane(panes,
                new org.interchange.ui.notify.NotificationsView(reminders, ZoneId.systemDefault()).node()));
        reminders.start();
        root.setBottom(new StatusBarView(syncStatus, folderSummary(), problem(), this::refresh).node());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 || (e.getCode() == KeyCode.T && e.isShortcutDown())) {
                refresh();
                e.consume();
            }
        });
        darkMode.set(preferences.getBoolean(DARK_MODE_KEY, false));
        darkMode.addListener((obs, old, dark) -> {
            Theme.apply(dark);
            preferences.putBoolean(DARK_MODE_KEY, dark);
        });
        folders.refresh();
    }

    /** The window's content, for a scene of the app's own making. */
    public Parent root() {
        return root;
    }

    /** A scene holding the window with Interchange's style sheet. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                searchBox::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> darkMode.set(!darkMode.get()));
        return scene;
    }

    /** Applies the theme and shows the window on {@code stage}. */
    public void show(Stage stage) {
        Theme.apply(darkMode.get());
        stage.setTitle("Interchange");
        stage.setScene(createScene(1280, 800));
        stage.setOnHidden(e -> dispose());
        stage.show();
    }

    /** PrimerDark when true, PrimerLight when false (Ctrl/Cmd+Shift+D or the tool bar's moon). */
    public BooleanProperty darkModeProperty() {
        return darkMode;
    }

    /** What F5 and the Refresh button do besides re-reading the cache, e.g. start a sync. */
    public void setOnRefresh(Runnable action) {
        onRefresh = action == null ? () -> { } : action;
    }

    /** Receives links clicked in a message body; the pane never follows them itself. */
    public void setLinkHandler(Consumer<String> handler) {
        readingView.setLinkHandler(handler);
    }

    /** Opens an attachment's private copy in the desktop's program for it; nothing opens files until set. */
    public void setFileOpener(Consumer<java.nio.file.Path> opener) {
        readingView.setFileOpener(opener);
    }

    /** Selects a folder by its cache id, as a click in the folder tree would. */
    public void selectFolder(CachedFolder folder) {
        folders.selectedFolderProperty().set(folder);
    }

    /** Stops listening to the cache. */
    public void dispose() {
        items.folderProperty().unbind();
        folders.dispose();
        items.dispose();
        reading.dispose();
        calendar.dispose();
        contacts.dispose();
        tasks.dispose();
        notes.dispose();
        reminders.stop();
    }

    /**
     * Search results while there is a query; else calendar, contacts, tasks and notes folders open their
     * own views and every mail folder its item list; the reading pane shows what is selected in the list on screen.
     */
    private void showContent() {
        CachedFolder folder = folders.selectedFolderProperty().get();
        boolean searching = search.activeProperty().get();
        FolderKind kind = searching || folder == null ? FolderKind.MAIL : folder.kind();
        contacts.folderProperty().set(kind == FolderKind.CONTACTS ? folder : null);
        tasks.folderProperty().set(kind == FolderKind.TASKS ? folder : null);
        notes.folderProperty().set(kind == FolderKind.NOTES ? folder : null);
        javafx.scene.Node wanted = kindViews.getOrDefault(kind, listPanes);
        if (panes.getItems().get(1) != wanted) {
            double divider = panes.getDividerPositions()[0];
            panes.getItems().set(1, wanted);
            panes.setDividerPositions(divider);
        }
        javafx.scene.Node list = searching ? searchResults : itemList;
        if (listPanes.getItems().getFirst() != list) {
            double divider = listPanes.getDividerPositions()[0];
            listPanes.getItems().set(0, list);
            listPanes.setDividerPositions(divider);
            reading.show(searching ? search.selectedProperty().get() : items.selectedItemProperty().get());
            meeting.show(searching ? search.selectedProperty().get() : items.selectedItemProperty().get());
        }
    }

    private javafx.scene.control.TextField searchBox() {
        searchBox.setId("searchBox");
        searchBox.setPromptText("Search everything (Ctrl+K)");
        searchBox.getStyleClass().add("search-box");
        searchBox.setPrefColumnCount(24);
        searchBox.textProperty().bindBidirectional(search.queryProperty());
        searchBox.setOnAction(e -> search.searchNow());
        searchBox.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        return searchBox;
    }

    private void refresh() {
        folders.refresh();
        items.refresh();
        calendar.refresh();
        contacts.refresh();
        tasks.refresh();
        notes.refresh();
        onRefresh.run();
    }

    private javafx.scene.control.MenuBar menuBar() {
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark mode");
        dark.setId("darkModeMenuItem");
        dark.selectedProperty().bindBidirectional(darkMode);
        javafx.scene.control.MenuItem refreshItem = new javafx.scene.control.MenuItem("Get messages");
        refreshItem.setOnAction(e -> refresh());
        javafx.scene.control.Menu file = new javafx.scene.control.Menu("File", null, refreshItem);
        javafx.scene.control.CheckMenuItem threads = new javafx.scene.control.CheckMenuItem("Group by conversation");
        threads.setId("threadsMenuItem");
        threads.selectedProperty().bindBidirectional(items.threadedProperty());
        javafx.scene.control.Menu view = new javafx.scene.control.Menu("View", null, threads, dark);
        view.setId("viewMenu");
        javafx.scene.control.Menu message = composeActions.menu();
        message.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), categorize.menu());
        javafx.scene.control.MenuBar bar = new javafx.scene.control.MenuBar(file, message, view);
        bar.getStyleClass().add("main-menu");
        return bar;
    }

    private ToolBar toolBar() {
        Button refresh = new Button("Refresh", Icons.of(Feather.REFRESH_CW));
        refresh.setId("refreshButton");
        refresh.setTooltip(new Tooltip("Re-read the cache and synchronize (F5)"));
        refresh.setOnAction(e -> refresh());
        Button toggleRead = new Button("Read / Unread", Icons.of(Feather.MAIL));
        toggleRead.setId("toggleReadButton");
        toggleRead.setTooltip(new Tooltip("Mark the selected item read or unread (M)"));
        toggleRead.disableProperty().bind(items.selectedItemProperty().isNull());
        toggleRead.setOnAction(e -> items.toggleRead());
        Button flag = new Button(null, Icons.of(Feather.FLAG));
        flag.setId("flagButton");
        flag.setTooltip(new Tooltip("Flag or unflag the selected item (S)"));
        flag.disableProperty().bind(items.selectedItemProperty().isNull());
        flag.setOnAction(e -> actions.toggleFlag(items.selectedItemProperty().get()));
        Button delete = new Button(null, Icons.of(Feather.TRASH_2));
        delete.setId("deleteButton");
        delete.setTooltip(new Tooltip("Delete the selected item (Delete)"));
        delete.disableProperty().bind(items.selectedItemProperty().isNull());
        delete.setOnAction(e -> actions.delete(items.selectedItemProperty().get(), false));
        ToggleButton dark = new ToggleButton(null, Icons.of(Feather.MOON));
        dark.setId("darkModeToggle");
        dark.setTooltip(new Tooltip("Dark mode (Ctrl+Shift+D)"));
        dark.selectedProperty().bindBidirectional(darkMode);
        Label title = new Label("Interchange");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(title, spacer, searchBox(), refresh);
        bar.getItems().addAll(composeActions.buttons());
        javafx.scene.control.MenuButton categorizeButton = categorize.button();
        categorizeButton.disableProperty().bind(items.selectedItemProperty().isNull());
        bar.getItems().addAll(toggleRead, flag, categorizeButton, delete, dark);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** The first of the view-models' read errors, or null. */
    private StringBinding problem() {
        return Bindings.createStringBinding(() -> {
            for (String error : new String[] {folders.errorProperty().get(), items.errorProperty().get(),
                    reading.errorProperty().get(), calendar.errorProperty().get(), search.errorProperty().get(),
                    actions.errorProperty().get(), contacts.errorProperty().get(), tasks.errorProperty().get(),
                    notes.errorProperty().get(), compose.errorProperty().get(),
                    categorizeActions.errorProperty().get()}) {
                if (error != null) {
                    return error;
                }
            }
            return null;
        }, folders.errorProperty(), items.errorProperty(), reading.errorProperty(), calendar.errorProperty(),
                search.errorProperty(), actions.errorProperty(), contacts.errorProperty(), tasks.errorProperty(),
                notes.errorProperty(), compose.errorProperty(), categorizeActions.errorProperty());
    }

    private StringBinding folderSummary() {
        return Bindings.createStringBinding(() -> {
            CachedFolder folder = folders.selectedFolderProperty().get();
            if (folder == null) {
                return "";
            }
            String total = String.format("%,d %s", folder.totalCount(), folder.totalCount() == 1 ? "item" : "items");
            return folder.unreadCount() > 0 ? total + String.format(", %,d unread", folder.unreadCount()) : total;
        }, folders.selectedFolderProperty());
    }
}
