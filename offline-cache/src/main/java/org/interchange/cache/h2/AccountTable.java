package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.AccountInfo;

/** Rows of the {@code accounts} table. */
final class AccountTable {

    private AccountTable() {
    }

    static List<AccountInfo> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, display_name, backend_type, server_url, user_name FROM accounts ORDER BY display_name, id");
             ResultSet r = s.executeQuery()) {
            List<AccountInfo> accounts = new ArrayList<>();
            while (r.next()) {
                accounts.add(new AccountInfo(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)));
            }
            return accounts;
        }
    }

    static void save(Connection c, AccountInfo a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO accounts (id, display_name, backend_type, "
                + "server_url, user_name) KEY (id) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setString(2, a.displayName());
            s.setString(3, a.backendType());
            s.setString(4, a.serverUrl());
            s.setString(5, a.userName());
            s.executeUpdate();
        }
    }

    static boolean exists(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM accounts WHERE id = ?")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
