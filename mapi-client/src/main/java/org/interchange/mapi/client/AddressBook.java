package org.interchange.mapi.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.client.internal.nspi.EntryColumns;
import org.interchange.mapi.client.internal.nspi.NspiTransport;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRow;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRowSet;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.DNToMIdRequest;
import org.interchange.mapi.codec.http.nspi.DNToMIdResponse;
import org.interchange.mapi.codec.http.nspi.GetMatchesRequest;
import org.interchange.mapi.codec.http.nspi.GetMatchesResponse;
import org.interchange.mapi.codec.http.nspi.GetPropsRequest;
import org.interchange.mapi.codec.http.nspi.GetPropsResponse;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsResponse;
import org.interchange.mapi.codec.http.nspi.ResolveNamesRequest;
import org.interchange.mapi.codec.http.nspi.ResolveNamesResponse;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;

/**
 * The address book over MAPI/HTTP NSPI, [MS-OXCMAPIHTTP] 2.2.5 and [MS-OXNSPI]: browse the Global
 * Address List in pages, resolve names, search by prefix and read entries. Connect with
 * {@code AddressBook.connect(nspiUrl, user, password)}; {@link #close()} unbinds. One request at a
 * time; not for concurrent use from several threads.
 */
public final class AddressBook implements AutoCloseable {
    private static final AuxiliaryBuffer NO_AUX = AuxiliaryBuffer.EMPTY;
    /** MID_UNRESOLVED and MID_AMBIGUOUS, [MS-OXNSPI] 2.2.1.8. */
    private static final int MID_UNRESOLVED = 0;
    private static final int MID_AMBIGUOUS = 1;
    private static final int MAX_CANDIDATES = 50;

    private final NspiTransport transport;

    private AddressBook(NspiTransport transport) {
        this.transport = transport;
    }

    /** Binds with HTTP Basic authentication and default options. */
    public static AddressBook connect(URI nspiUrl, String user, char[] password) {
        return connect(nspiUrl, user, password, MapiSessionOptions.defaults());
    }

    public static AddressBook connect(URI nspiUrl, String user, char[] password, MapiSessionOptions options) {
        return connect(nspiUrl, MapiAuthenticator.basic(user, password), options);
    }

    /** Binds with any authenticator, [MS-OXCMAPIHTTP] 2.2.5.1. */
    public static AddressBook connect(URI nspiUrl, MapiAuthenticator authenticator, MapiSessionOptions options) {
        Objects.requireNonNull(nspiUrl, "nspiUrl");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(options, "options");
        NspiTransport transport = new NspiTransport(nspiUrl, authenticator, options);
        try {
            transport.bind();
            return new AddressBook(transport);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /** Up to {@code count} GAL entries from row {@code offset} on, in display-name order (NspiQueryRows). */
    public AddressBookPage browse(int offset, int count) {
        if (offset < 0 || count < 0) {
            throw new IllegalArgumentException("offset and count must not be negative");
        }
        Stat start = transport.initialStat().withDelta(offset);
        QueryRowsResponse response = transport.call(MapiHttpRequestType.QUERY_ROWS, new QueryRowsRequest(
                EntryColumns.EPHEMERAL_IDS, Optional.of(start), List.of(), count, Optional.of(EntryColumns.ALL),
                NO_AUX).encode(), QueryRowsResponse::decode, "QueryRows");
        NspiTransport.check("QueryRows", response.statusCode(), response.errorCode());
        List<AddressBookEntry> entries = entries(response.columnsAndRows(), List.of());
        int total = response.state().map(Stat::totalRecs).orElse(offset + entries.size());
        return new AddressBookPage(offset, entries, total);
    }

    /** Resolves one name by ambiguous name resolution (NspiResolveNames). */
    public NameResolution resolve(String name) {
        return resolve(List.of(name)).getFirst();
    }

    /** Resolves several names in one request; the answers are in the order of {@code names}. */
    public List<NameResolution> resolve(List<String> names) {
        ResolveNamesResponse response = transport.call(MapiHttpRequestType.RESOLVE_NAMES, new ResolveNamesRequest(0,
                Optional.of(transport.initialStat()), Optional.of(EntryColumns.ALL), Optional.of(List.copyOf(names)),
                NO_AUX).encode(), ResolveNamesResponse::decode, "ResolveNames");
        NspiTransport.check("ResolveNames", response.statusCode(), response.errorCode());
        List<Integer> mids = response.minimalIds().orElse(List.of());
        if (mids.size() != names.size()) {
            throw new MapiProtocolException("ResolveNames answered " + mids.size() + " MIds for " + names.size()
                    + " names");
        }
        List<Integer> resolvedMids = mids.stream().filter(m -> m != MID_UNRESOLVED && m != MID_AMBIGUOUS).toList();
        List<AddressBookEntry> resolved = entries(response.rowsAndColumns(), resolvedMids);
        List<NameResolution> answers = new ArrayList<>(names.size());
        int next = 0;
        for (int i = 0; i < names.size(); i++) {
            int mid = mids.get(i);
            if (mid == MID_UNRESOLVED) {
                answers.add(new NameResolution(names.get(i), NameResolution.Status.UNRESOLVED, List.of()));
            } else if (mid == MID_AMBIGUOUS) {
                answers.add(new NameResolution(names.get(i), NameResolution.Status.AMBIGUOUS,
                        search(names.get(i), MAX_CANDIDATES)));
            } else {
                if (next >= resolved.size()) {
                    throw new MapiProtocolException("ResolveNames returned fewer rows than resolved names");
                }
                answers.add(new NameResolution(names.get(i), NameResolution.Status.RESOLVED, List.of(resolved.get(next++))));
            }
        }
        return answers;
    }

    /**
     * Entries whose display name, account or SMTP address starts with {@code prefix} (ignoring
     * case), at most {@code max} of them (NspiGetMatches with a prefix Content restriction).
     */
    public List<AddressBookEntry> search(String prefix, int max) {
        List<Restriction> any = List.of(EntryColumns.DISPLAY_NAME, EntryColumns.ACCOUNT, EntryColumns.SMTP_ADDRESS)
                .stream().<Restriction>map(tag -> new Restriction.Content(Restriction.Content.PREFIX,
                        Restriction.Content.IGNORECASE, tag, PropertyValue.of(tag, prefix))).toList();
        GetMatchesResponse response = transport.call(MapiHttpRequestType.GET_MATCHES, new GetMatchesRequest(0,
                Optional.of(transport.initialStat()), Optional.empty(), 0, Optional.of(new Restriction.Or(any)),
                Optional.empty(), max, Optional.of(EntryColumns.ALL), NO_AUX).encode(), GetMatchesResponse::decode,
                "GetMatches");
        NspiTransport.check("GetMatches", response.statusCode(), response.errorCode());
        return entries(response.columnsAndRows(), response.minimalIds().orElse(List.of()));
    }

    /** The entry with this Minimal Entry ID, or empty when the server has none (NspiGetProps). */
    public Optional<AddressBookEntry> entry(int minimalId) {
        Optional<List<PropertyValue>> values = properties(minimalId, EntryColumns.ALL);
        return values.map(v -> EntryColumns.toEntry(v, minimalId));
    }

    /** The entry with this legacy DN (NspiDNToMId, then NspiGetProps). */
    public Optional<AddressBookEntry> entry(String legacyDn) {
        DNToMIdResponse response = transport.call(MapiHttpRequestType.DN_TO_MIN_ID,
                new DNToMIdRequest(0, Optional.of(List.of(legacyDn)), NO_AUX).encode(), DNToMIdResponse::decode,
                "DNToMId");
        NspiTransport.check("DNToMId", response.statusCode(), response.errorCode());
        int mid = response.minimalIds().filter(m -> m.size() == 1).map(List::getFirst).orElse(MID_UNRESOLVED);
        return mid == MID_UNRESOLVED ? Optional.empty() : entry(mid);
    }

    /**
     * The values of {@code tags} for the entry with this MId, in the order asked; a property the
     * entry lacks is a PtypErrorCode value. Empty when the server has no such entry.
     */
    public Optional<List<PropertyValue>> properties(int minimalId, List<PropertyTag> tags) {
        Stat at = transport.initialStat().withPosition(minimalId, 0, 0);
        GetPropsResponse response = transport.call(MapiHttpRequestType.GET_PROPS, new GetPropsRequest(
                EntryColumns.EPHEMERAL_IDS, Optional.of(at), Optional.of(List.copyOf(tags)), NO_AUX).encode(),
                GetPropsResponse::decode, "GetProps");
        if (response.isSuccess() && response.errorCode() == 0x8004010F) {
            return Optional.empty();
        }
        NspiTransport.check("GetProps", response.statusCode(), response.errorCode());
        return response.propertyValues();
    }

    /** Unbinds, [MS-OXCMAPIHTTP] 2.2.5.2; failures are suppressed (the server expires the context). */
    @Override
    public void close() {
        transport.close();
    }

    private static List<AddressBookEntry> entries(Optional<AddressBookPropertyRowSet> set, List<Integer> mids) {
        if (set.isEmpty()) {
            return List.of();
        }
        if (!set.get().columns().equals(EntryColumns.ALL)) {
            throw new MapiProtocolException("the server answered other columns than asked: " + set.get().columns());
        }
        List<AddressBookPropertyRow> rows = set.get().rows();
        List<AddressBookEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(EntryColumns.toEntry(rows.get(i).values(), i < mids.size() ? mids.get(i) : MID_UNRESOLVED));
        }
        return entries;
    }
}
