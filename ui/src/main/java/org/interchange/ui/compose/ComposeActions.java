package org.interchange.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Message menu and tool bar buttons of the main window, with Thunderbird's shortcuts: Ctrl+N new,
 * Ctrl+R reply, Ctrl+Shift+R reply all, Ctrl+L forward ([MS-OXOMSG] 3.2.4.1 composing).
 */
public final class ComposeActions {
    private final ComposeLauncher launcher;
    private final ObservableValue<CachedFolder> folder;
    private final ObservableValue<ItemSummary> message;
    private final BooleanBinding noMail;

    /**
     * @param folder  the folder shown, whose account a new message is sent from
     * @param message the message shown in the reading pane, which replies and forwards refer to
     */
    public ComposeActions(ComposeLauncher launcher, ObservableValue<CachedFolder> folder,
                          ObservableValue<ItemSummary> message) {
        this.launcher = launcher;
        this.folder = folder;
        this.message = message;
        this.noMail = Bindings.createBooleanBinding(
                () -> message.getValue() == null || message.getValue().kind() != ItemKind.MAIL, message);
    }

    /** "Message": New, Reply, Reply All, Forward with their accelerators. */
    public Menu menu() {
        MenuItem write = item("New message", "menuNewMessage", Feather.EDIT,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::write);
        MenuItem reply = item("Reply", "menuReply", Feather.CORNER_UP_LEFT,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> reply(false));
        MenuItem replyAll = item("Reply all", "menuReplyAll", Feather.USERS,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> reply(true));
        MenuItem forward = item("Forward", "menuForward", Feather.CORNER_UP_RIGHT,
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::forward);
        for (MenuItem needsMail : new MenuItem[] {reply, replyAll, forward}) {
            needsMail.disableProperty().bind(noMail);
        }
        Menu menu = new Menu("Message", null, write, reply, replyAll, forward);
        menu.setId("messageMenu");
        return menu;
    }

    /** Write, Reply, Reply all and Forward buttons. */
    public Button[] buttons() {
        Button write = button("Write", "writeButton", Feather.EDIT, "Write a new message (Ctrl+N)", this::write);
        Button reply = button("Reply", "replyButton", Feather.CORNER_UP_LEFT, "Reply to the sender (Ctrl+R)",
                () -> reply(false));
        Button replyAll = button("Reply all", "replyAllButton", Feather.USERS, "Reply to everyone (Ctrl+Shift+R)",
                () -> reply(true));
        Button forward = button("Forward", "forwardButton", Feather.CORNER_UP_RIGHT, "Forward the message (Ctrl+L)",
                this::forward);
        for (Button needsMail : new Button[] {reply, replyAll, forward}) {
            needsMail.disableProperty().bind(noMail);
        }
        return new Button[] {write, reply, replyAll, forward};
    }

    private void write() {
        launcher.newMessage(folder.getValue());
    }

    private void reply(boolean all) {
        launcher.reply(message.getValue(), all);
    }

    private void forward() {
        launcher.forward(message.getValue());
    }

    private static MenuItem item(String text, String id, Feather icon, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
