package org.interchange.mapi.codec.rop;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.FlaggedPropertyRow;
import org.interchange.mapi.codec.property.FlaggedPropertyValue;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyProblem;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;

/**
 * jqwik arbitraries for every ROP record the dispatch table of {@link RopCodecs} names, built by
 * reflection over the record components, so that a new codec is covered as soon as it is registered.
 * Records whose constructor rejects a combination (a field the layout forbids) are filtered out.
 */
final class RopArbitraries {
    static final PropertyTag OBJECT_TYPE = new PropertyTag(0x0FFE0003);
    private static final List<PropertyTag> TAGS = List.of(new PropertyTag(0x0037001F), new PropertyTag(0x0E080003),
            new PropertyTag(0x0E69000B), new PropertyTag(0x67480014), new PropertyTag(0x0FFF0102), OBJECT_TYPE);
    private static final String PACKAGE = RopArbitraries.class.getPackageName() + ".";

    /** Arbitraries for components whose values depend on others or on the record (class.component or component). */
    private static final Map<String, Arbitrary<?>> BY_NAME = Map.of(
            "recipientColumns", Arbitraries.just(List.of(OBJECT_TYPE)),
            "returnValue", Arbitraries.of(0, 0x80004005, RopWire.EC_DST_NULL_OBJECT, RopLogonResponse.EC_WRONG_SERVER,
                    0x00040380),
            "RopGetReceiveFolderTableResponse.rows", row(RopGetReceiveFolderTableResponse.COLUMNS).list().ofMaxSize(3),
            "clientData", Arbitraries.oneOf(Arbitraries.just(new byte[0]),
                    Arbitraries.bytes().array(byte[].class).ofSize(RopSetMessageReadFlagRequest.CLIENT_DATA_SIZE)),
            "RopLogonPrivateMailboxResponse.folderIds", longs().list().ofSize(RopLogonResponse.FOLDER_ID_COUNT),
            "RopLogonPublicFoldersResponse.folderIds", longs().list().ofSize(RopLogonResponse.FOLDER_ID_COUNT),
            "RopLogonPrivateMailboxResponse.logonFlags", Arbitraries.integers().between(0, 255).map(f -> f | 0x01),
            "RopLogonPublicFoldersResponse.logonFlags", Arbitraries.integers().between(0, 255).map(f -> f & ~0x01));

    private RopArbitraries() {
    }

    /** Every request class with a decoder in the dispatch table. */
    static List<Class<?>> requestClasses() {
        return RopCodecs.all().values().stream().filter(c -> c.requestDecoder() != null)
                .<Class<?>>map(c -> load(c.id().specName() + "Request")).toList();
    }

    /** Every response record class the dispatch table decodes (the permitted records of sealed interfaces). */
    static List<Class<?>> responseClasses() {
        List<Class<?>> classes = new ArrayList<>();
        RopCodecs.all().values().stream().filter(c -> c.responseDecoder() != null || c.isUnsolicited())
                .map(c -> load(c.id().specName() + "Response")).forEach(c -> {
                    if (c.isSealed()) {
                        classes.addAll(Arrays.asList(c.getPermittedSubclasses()));
                    } else {
                        classes.add(c);
                    }
                });
        return classes;
    }

    /** Whether the codec of {@code id} decodes failures itself (its response record has a ReturnValue component). */
    static boolean hasOwnFailureForm(Class<?> responseClass) {
        return Arrays.stream(responseClass.getRecordComponents()).anyMatch(c -> c.getName().equals("returnValue"));
    }

    /** The RopId whose codec decodes {@code ropClass}, read from the class name. */
    static RopId ropIdOf(Class<?> ropClass) {
        String name = ropClass.getSimpleName().replaceAll("(Request|Response)$", "");
        return Arrays.stream(RopId.values()).filter(id -> name.startsWith(id.specName()))
                .max((a, b) -> a.specName().length() - b.specName().length()).orElseThrow();
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(PACKAGE + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the dispatch table names " + simpleName + " but there is no such class", e);
        }
    }

    /** Instances of {@code type} that encode without a MapiCodecException. */
    @SuppressWarnings("unchecked")
    static <T> Arbitrary<T> encodable(Class<T> type) {
        return (Arbitrary<T>) forRecord(type).filter(RopArbitraries::encodes);
    }

    private static boolean encodes(Object rop) {
        try {
            if (rop instanceof RopRequest request) {
                request.encode(new ByteWriter());
            } else {
                ((RopResponse) rop).encode(new ByteWriter());
            }
            return true;
        } catch (MapiCodecException e) {
            return false;
        }
    }

    private static Arbitrary<Object> forRecord(Class<?> type) {
        Optional<Arbitrary<?>> special = special(type);
        if (special.isPresent()) {
            return special.get().map(o -> o);
        }
        if (!type.isRecord()) {
            throw new AssertionError("no arbitrary for " + type.getName());
        }
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            parts.add(forComponent(type, component).map(o -> o));
        }
        Constructor<?> constructor = canonical(type, components);
        return Combinators.combine(parts).as(values -> values).withoutEdgeCases()
                .filter(values -> construct(constructor, values) != null)
                .map(values -> construct(constructor, values));
    }

    private static Object construct(Constructor<?> constructor, List<Object> values) {
        try {
            return constructor.newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MapiCodecException || e.getCause() instanceof IllegalArgumentException
                    || e.getCause() instanceof NullPointerException) {
                return null;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Arbitrary<?> forComponent(Class<?> owner, RecordComponent component) {
        Arbitrary<?> named = BY_NAME.get(owner.getSimpleName() + "." + component.getName());
        if (named == null) {
            named = BY_NAME.get(component.getName());
        }
        return named != null ? named : forType(component.getGenericType());
    }

    private static Arbitrary<?> forType(Type type) {
        if (type instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[0];
            if (p.getRawType() == List.class) {
                return arg == PropertyRow.class ? rows() : forType(arg).list().ofMaxSize(3);
            }
            if (p.getRawType() == Optional.class) {
                return forType(arg).optional();
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            return Arbitraries.integers().between(0, 255);
        }
        if (c == long.class || c == Long.class) {
            return longs();
        }
        if (c == boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (c == byte[].class) {
            return Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
        }
        if (c == String.class) {
            return Arbitraries.strings().withCharRange('a', 'z').withChars('.', ' ').ofMaxLength(10);
        }
        if (c == OptionalLong.class) {
            return longs().optional().map(o -> o.map(OptionalLong::of).orElse(OptionalLong.empty()));
        }
        if (c == UUID.class) {
            return uuids();
        }
        return forRecord(c);
    }

    /** Unsigned 32-bit values: they fit the u32 fields held in longs and the i64 fields alike. */
    private static Arbitrary<Long> longs() {
        return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    }

    private static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    private static Optional<Arbitrary<?>> special(Class<?> type) {
        if (type == PropertyTag.class) {
            return Optional.of(Arbitraries.of(TAGS));
        }
        if (type == PropertyValue.class) {
            return Optional.of(Arbitraries.of(TAGS).flatMap(RopArbitraries::value));
        }
        if (type == PropertyRow.class) {
            return Optional.of(columns().flatMap(RopArbitraries::row));
        }
        if (type == PropertyProblem.class) {
            return Optional.of(Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.of(TAGS),
                    Arbitraries.integers()).as(PropertyProblem::new));
        }
        if (type == PropertyName.class) {
            return Optional.of(Arbitraries.oneOf(
                    Combinators.combine(uuids(), Arbitraries.integers().between(0, 0xFFFF)).as(PropertyName::ofId),
                    Combinators.combine(uuids(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                            .as(PropertyName::ofName)));
        }
        if (type == TypedString.class) {
            return Optional.of(Arbitraries.oneOf(Arbitraries.just(TypedString.absent()),
                    Arbitraries.strings().alpha().ofMaxLength(8).map(TypedString::of)));
        }
        if (type == RecipientRow.class) {
            return Optional.of(Arbitraries.integers().between(0, 99).map(RopArbitraries::recipient));
        }
        if (type == NotificationData.class) {
            return Optional.of(notifications());
        }
        return Optional.empty();
    }

    private static Arbitrary<PropertyValue> value(PropertyTag tag) {
        Arbitrary<?> value = switch (tag.value() & 0xFFFF) {
            case 0x001F, 0x001E -> Arbitraries.strings().alpha().ofMaxLength(8);
            case 0x0040 -> Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L),
                    Arbitraries.integers().between(0, 9_999_999)).as((s, ticks) -> Instant.ofEpochSecond(s, ticks * 100L));
            case 0x0003 -> Arbitraries.integers();
            case 0x000B -> Arbitraries.of(true, false);
            case 0x0014 -> Arbitraries.longs();
            default -> Arbitraries.bytes().array(byte[].class).ofMaxSize(8);
        };
        return value.map(v -> PropertyValue.of(tag, v));
    }

    private static Arbitrary<List<PropertyTag>> columns() {
        return Arbitraries.of(TAGS).list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<PropertyRow> row(List<PropertyTag> columns) {
        List<Arbitrary<PropertyValue>> values = columns.stream().map(RopArbitraries::value).toList();
        Arbitrary<PropertyRow> standard = Combinators.combine(values).as(v -> new StandardPropertyRow(columns, v));
        Arbitrary<PropertyRow> flagged = Combinators.combine(values).as(v -> new FlaggedPropertyRow(columns,
                v.stream().map(x -> x.tag().equals(OBJECT_TYPE) ? FlaggedPropertyValue.absent(x.tag())
                        : FlaggedPropertyValue.present(x)).toList()));
        return Arbitraries.oneOf(standard, flagged);
    }

    /** Rows of one table: the same columns in every row, as RopQueryRows and RopExpandRow send them. */
    private static Arbitrary<List<PropertyRow>> rows() {
        return columns().flatMap(columns -> row(columns).list().ofMaxSize(3));
    }

    private static RecipientRow recipient(int n) {
        return new RecipientRow(RecipientRow.TYPE_X500DN | RecipientRow.FLAG_D | RecipientRow.FLAG_U, 0, 0,
                "/o=Org/cn=Recipients/cn=user" + n, null, null, null, null, "User " + n, null, null,
                new StandardPropertyRow(List.of(OBJECT_TYPE), List.of(PropertyValue.of(OBJECT_TYPE, 6))));
    }

    private static Arbitrary<NotificationData> notifications() {
        Arbitrary<Integer> type = Arbitraries.of(NotificationData.CRITICAL_ERROR, NotificationData.NEW_MAIL,
                NotificationData.OBJECT_CREATED, NotificationData.OBJECT_DELETED, NotificationData.OBJECT_MODIFIED,
                NotificationData.OBJECT_MOVED, NotificationData.OBJECT_COPIED, NotificationData.SEARCH_COMPLETE,
                NotificationData.TABLE_MODIFIED, NotificationData.EXTENDED);
        Arbitrary<Integer> flags = Combinators.combine(type, Arbitraries.integers().between(0, 15))
                .as((t, bits) -> t | bits << 12);
        Arbitrary<Integer> event = Arbitraries.of(NotificationData.TABLE_CHANGED, NotificationData.TABLE_ROW_ADDED,
                NotificationData.TABLE_ROW_DELETED, NotificationData.TABLE_ROW_MODIFIED,
                NotificationData.TABLE_RESTRICTION_CHANGED);
        Arbitrary<List<Long>> ids = Arbitraries.longs().list().ofSize(12);
        Arbitrary<List<PropertyTag>> tags = Arbitraries.of(TAGS).list().ofMaxSize(3);
        Arbitrary<byte[]> rowData = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
        Arbitrary<String> messageClass = Arbitraries.strings().withCharRange('A', 'z').ofMaxLength(10);
        return Combinators.combine(flags, event, ids, tags, rowData, Arbitraries.of(true, false), messageClass,
                Arbitraries.of(true, false)).as((f, e, id, t, data, unicode, cls, allTags) ->
                new NotificationData(f, e, id.get(0), id.get(1), id.get(2) & 0xFFFF_FFFFL, id.get(3), id.get(4),
                        id.get(5) & 0xFFFF_FFFFL, data, id.get(6), id.get(7), id.get(8), id.get(9), id.get(10),
                        id.get(11), allTags ? NotificationData.ALL_TAGS : t.size(), allTags ? List.of() : t,
                        id.get(0) & 0xFFFF_FFFFL, id.get(1) & 0xFFFF_FFFFL, id.get(2) & 0xFFFF_FFFFL, unicode, cls));
    }
}
