package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/**
 * The server-side rules of folders, [MS-OXORULE] 2.2.1.3.1 and 3.2.5.2: rule ids come from the
 * mailbox's global counter (unique in the mailbox, so in the folder), rules are read in
 * PidTagRuleSequence order (then by id), and the properties are stored as one serialized bag with
 * the count widths of ROP buffers ({@link PropertyValueCodec#ROP}), so PidTagRuleActions keeps the
 * standard-rule layout it came in ([MS-OXORULE] 2.2.5).
 */
final class RuleDao {
    /** PidTagRuleId, [MS-OXORULE] 2.2.1.3.1.1: not stored in the bag, it is the row's key. */
    static final int RULE_ID = 0x6674;
    /** PidTagRuleSequence, [MS-OXORULE] 2.2.1.3.1.2. */
    static final int RULE_SEQUENCE = 0x6676;

    private RuleDao() {
    }

    static List<RuleRecord> list(Connection c, Mailbox mailbox, long fid) throws SQLException {
        return Jdbc.list(c, "SELECT rule_id, fid, sequence, properties FROM server_rule WHERE mailbox_id = ? AND fid = ?"
                        + " ORDER BY sequence, rule_id", rs -> new RuleRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                deserialize(rs.getBytes(4))), mailbox.id(), fid);
    }

    /**
     * Applies the changes in order after removing every rule of the folder when {@code replace};
     * a Modify or Remove naming no rule of the folder is {@link NoSuchObjectException}.
     */
    static void apply(Connection c, Mailbox mailbox, long fid, boolean replace, List<RuleChange> changes)
            throws SQLException {
        FolderDao.require(c, mailbox, fid);
        if (replace) {
            Jdbc.update(c, "DELETE FROM server_rule WHERE mailbox_id = ? AND fid = ?", mailbox.id(), fid);
        }
        for (RuleChange change : changes) {
            switch (change) {
                case RuleChange.Add add -> insert(c, mailbox, fid, ChangeNumbers.allocateOne(c, mailbox.id()),
                        withoutId(add.properties()));
                case RuleChange.Modify modify -> {
                    RuleRecord old = require(c, mailbox, fid, modify.ruleId());
                    Map<Integer, PropertyValue> merged = new LinkedHashMap<>();
                    old.properties().forEach(v -> merged.put(v.tag().id(), v));
                    withoutId(modify.properties()).forEach(v -> merged.put(v.tag().id(), v));
                    Jdbc.update(c, "DELETE FROM server_rule WHERE mailbox_id = ? AND rule_id = ?", mailbox.id(),
                            old.ruleId());
                    insert(c, mailbox, fid, old.ruleId(), new ArrayList<>(merged.values()));
                }
                case RuleChange.Remove remove -> {
                    require(c, mailbox, fid, remove.ruleId());
                    Jdbc.update(c, "DELETE FROM server_rule WHERE mailbox_id = ? AND rule_id = ?", mailbox.id(),
                            remove.ruleId());
                }
            }
        }
    }

    private static RuleRecord require(Connection c, Mailbox mailbox, long fid, long ruleId) throws SQLException {
        List<RuleRecord> found = Jdbc.list(c, "SELECT rule_id, fid, sequence, properties FROM server_rule"
                        + " WHERE mailbox_id = ? AND fid = ? AND rule_id = ?", rs -> new RuleRecord(rs.getLong(1),
                rs.getLong(2), rs.getInt(3), deserialize(rs.getBytes(4))), mailbox.id(), fid, ruleId);
        if (found.isEmpty()) {
            throw new NoSuchObjectException("no rule 0x" + Long.toHexString(ruleId) + " in folder 0x"
                    + Long.toHexString(fid));
        }
        return found.getFirst();
    }

    private static void insert(Connection c, Mailbox mailbox, long fid, long ruleId, List<PropertyValue> properties)
            throws SQLException {
        int sequence = properties.stream().filter(v -> v.tag().id() == RULE_SEQUENCE && v.value() instanceof Integer)
                .findFirst().map(PropertyValue::asInt).orElse(0);
        Jdbc.update(c, "INSERT INTO server_rule(mailbox_id, fid, rule_id, sequence, properties) VALUES (?, ?, ?, ?, ?)",
                mailbox.id(), fid, ruleId, sequence, serialize(properties));
    }

    private static byte[] serialize(List<PropertyValue> values) {
        ByteWriter w = new ByteWriter(256);
        w.i32(values.size());
        values.forEach(v -> PropertyValueCodec.ROP.writeTagged(w, v));
        return w.toByteArray();
    }

    private static List<PropertyValue> deserialize(byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        int count = r.i32();
        if (count < 0 || count > r.remaining() / 4) {
            throw new MapiCodecException("stored rule property count out of range: " + count);
        }
        List<PropertyValue> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(PropertyValueCodec.ROP.readTagged(r));
        }
        if (r.hasRemaining()) {
            throw new MapiCodecException(r.remaining() + " bytes follow the stored rule");
        }
        return out;
    }

    private static List<PropertyValue> withoutId(List<PropertyValue> properties) {
        return properties.stream().filter(v -> v.tag().id() != RULE_ID).toList();
    }
}
