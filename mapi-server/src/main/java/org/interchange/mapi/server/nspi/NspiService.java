package org.interchange.mapi.server.nspi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRow;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRowSet;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.BindResponse;
import org.interchange.mapi.codec.http.nspi.CompareMIdsRequest;
import org.interchange.mapi.codec.http.nspi.CompareMIdsResponse;
import org.interchange.mapi.codec.http.nspi.DNToMIdRequest;
import org.interchange.mapi.codec.http.nspi.DNToMIdResponse;
import org.interchange.mapi.codec.http.nspi.GetMatchesRequest;
import org.interchange.mapi.codec.http.nspi.GetMatchesResponse;
import org.interchange.mapi.codec.http.nspi.GetPropListRequest;
import org.interchange.mapi.codec.http.nspi.GetPropListResponse;
import org.interchange.mapi.codec.http.nspi.GetPropsRequest;
import org.interchange.mapi.codec.http.nspi.GetPropsResponse;
import org.interchange.mapi.codec.http.nspi.GetSpecialTableRequest;
import org.interchange.mapi.codec.http.nspi.GetSpecialTableResponse;
import org.interchange.mapi.codec.http.nspi.QueryColumnsResponse;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsResponse;
import org.interchange.mapi.codec.http.nspi.ResolveNamesRequest;
import org.interchange.mapi.codec.http.nspi.ResolveNamesResponse;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionRequest;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionResponse;
import org.interchange.mapi.codec.http.nspi.SeekEntriesRequest;
import org.interchange.mapi.codec.http.nspi.SeekEntriesResponse;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.http.nspi.UpdateStatRequest;
import org.interchange.mapi.codec.http.nspi.UpdateStatResponse;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The NSPI operations over the Global Address List, following the server processing rules of
 * [MS-OXNSPI] 3.1.4.1 (Bind, GetSpecialTable, QueryRows, SeekEntries, ResolveNames, DNToMId,
 * GetProps, GetPropList, GetMatches, QueryColumns, CompareMIds, UpdateStat, ResortRestriction).
 * The GAL (container 0) is the only container; the STAT cursor moves as the spec describes.
 */
final class NspiService {
    /** fEphID, [MS-OXNSPI] 2.2.1.7: return ephemeral entry IDs. */
    static final int EPHEMERAL_IDS = 0x2;
    /** NspiAddressCreationTemplates, [MS-OXNSPI] 2.2.1.10. */
    static final int ADDRESS_CREATION_TEMPLATES = 0x2;
    /** NspiUnicodeStrings, [MS-OXNSPI] 2.2.1.10. */
    static final int UNICODE_STRINGS = 0x4;
    /** MID_UNRESOLVED and MID_AMBIGUOUS, [MS-OXNSPI] 2.2.1.8. */
    static final int MID_UNRESOLVED = 0;
    static final int MID_AMBIGUOUS = 1;
    static final int UNBIND_SUCCESS = 1;
    static final int CODE_PAGE_UNICODE = 1200;
    private static final AuxiliaryBuffer NO_AUX = AuxiliaryBuffer.EMPTY;

    private final GlobalAddressList gal;
    private final UUID serverGuid;
    private final AddressBookProperties properties;
    private final GalFilter filter;

    NspiService(GlobalAddressList gal, UUID serverGuid) {
        this.gal = gal;
        this.serverGuid = serverGuid;
        this.properties = new AddressBookProperties(serverGuid);
        this.filter = new GalFilter(properties);
    }

    BindResponse bind(BindRequest request) {
        return new BindResponse(0, NspiErrors.SUCCESS, serverGuid, NO_AUX);
    }

    int unbindResult() {
        return UNBIND_SUCCESS;
    }

    /** The address book hierarchy: the GAL container only, [MS-OXNSPI] 3.1.4.1.3. */
    GetSpecialTableResponse specialTable(GetSpecialTableRequest request) {
        int codePage = request.state().map(Stat::codePage).orElse(CODE_PAGE_UNICODE);
        if ((request.flags() & ADDRESS_CREATION_TEMPLATES) != 0) {
            return new GetSpecialTableResponse(0, NspiErrors.SUCCESS, codePage, Optional.of(1),
                    Optional.of(List.of()), NO_AUX);
        }
        PropertyType text = (request.flags() & UNICODE_STRINGS) != 0 ? PropertyType.STRING : PropertyType.STRING8;
        List<PropertyValue> gal = List.of(
                PropertyValue.of(PropertyTag.of(AddressBookProperties.ENTRY_ID, PropertyType.BINARY),
                        AddressBookProperties.permanentEntryId("/")),
                PropertyValue.of(PropertyTag.of(0x3600, PropertyType.INTEGER32), 0x1 | 0x8),
                PropertyValue.of(PropertyTag.of(0x3005, PropertyType.INTEGER32), 0),
                PropertyValue.of(PropertyTag.of(0xFFFD, PropertyType.INTEGER32), 0),
                PropertyValue.of(PropertyTag.of(AddressBookProperties.DISPLAY_NAME, text), "Global Address List"),
                PropertyValue.of(PropertyTag.of(0xFFFB, PropertyType.BOOLEAN), false));
        return new GetSpecialTableResponse(0, NspiErrors.SUCCESS, codePage, Optional.of(1),
                Optional.of(List.of(gal)), NO_AUX);
    }

    QueryColumnsResponse queryColumns() {
        return new QueryColumnsResponse(0, NspiErrors.SUCCESS, Optional.of(AddressBookProperties.ALL), NO_AUX);
    }

    /** Rows of the explicit table, or of the GAL from the STAT position onward, [MS-OXNSPI] 3.1.4.1.8. */
    QueryRowsResponse queryRows(QueryRowsRequest request) {
        List<GalEntry> entries = gal.entries();
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        List<PropertyTag> columns = request.columns().orElse(AddressBookProperties.DEFAULT_COLUMNS);
        boolean ephemeral = (request.flags() & EPHEMERAL_IDS) != 0;
        List<GalEntry> picked = new ArrayList<>();
        Stat after = state;
        if (!request.explicitTable().isEmpty()) {
            for (int mid : request.explicitTable()) {
                GlobalAddressList.byMid(entries, mid).ifPresent(picked::add);
            }
        } else {
            if (state.containerId() != 0) {
                return new QueryRowsResponse(0, NspiErrors.INVALID_BOOKMARK, Optional.empty(), Optional.empty(), NO_AUX);
            }
            int from = position(state, entries);
            int count = (int) Math.min(Integer.toUnsignedLong(request.rowCount()), entries.size() - from);
            picked.addAll(entries.subList(from, from + count));
            after = at(state, entries, from + count);
        }
        return new QueryRowsResponse(0, NspiErrors.SUCCESS, Optional.of(after),
                Optional.of(rowSet(picked, columns, ephemeral)), NO_AUX);
    }

    /** Positions on the first entry whose display name sorts at or after the target, [MS-OXNSPI] 3.1.4.1.9. */
    SeekEntriesResponse seekEntries(SeekEntriesRequest request) {
        List<GalEntry> entries = gal.entries();
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        if (request.target().isEmpty() || request.target().get().tag().id() != AddressBookProperties.DISPLAY_NAME
                || !(request.target().get().value() instanceof String target)) {
            return new SeekEntriesResponse(0, NspiErrors.INVALID_PARAMETER, Optional.empty(), Optional.empty(), NO_AUX);
        }
        List<GalEntry> table = request.explicitTable().map(mids -> mids.stream()
                .map(mid -> GlobalAddressList.byMid(entries, mid)).flatMap(Optional::stream).toList()).orElse(entries);
        int found = -1;
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).displayName().compareToIgnoreCase(target) >= 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            return new SeekEntriesResponse(0, NspiErrors.NOT_FOUND, Optional.empty(), Optional.empty(), NO_AUX);
        }
        Stat after = at(state, table, found);
        Optional<AddressBookPropertyRowSet> rows = request.columns()
                .map(columns -> rowSet(table.subList(after.numPos(), table.size()), columns, false));
        return new SeekEntriesResponse(0, NspiErrors.SUCCESS, Optional.of(after), rows, NO_AUX);
    }

    /** Ambiguous name resolution of each name, [MS-OXNSPI] 3.1.4.1.17; rows for the resolved names. */
    ResolveNamesResponse resolveNames(ResolveNamesRequest request) {
        List<GalEntry> entries = gal.entries();
        int codePage = request.state().map(Stat::codePage).orElse(CODE_PAGE_UNICODE);
        List<PropertyTag> columns = request.propertyTags().orElse(AddressBookProperties.DEFAULT_COLUMNS);
        List<Integer> mids = new ArrayList<>();
        List<GalEntry> resolved = new ArrayList<>();
        for (String name : request.names().orElse(List.of())) {
            List<GalEntry> matches = GlobalAddressList.resolve(entries, name);
            if (matches.size() == 1) {
                mids.add(matches.getFirst().mid());
                resolved.add(matches.getFirst());
            } else {
                mids.add(matches.isEmpty() ? MID_UNRESOLVED : MID_AMBIGUOUS);
            }
        }
        return new ResolveNamesResponse(0, NspiErrors.SUCCESS, codePage, Optional.of(mids),
                Optional.of(rowSet(resolved, columns, false)), NO_AUX);
    }

    DNToMIdResponse dnToMId(DNToMIdRequest request) {
        List<GalEntry> entries = gal.entries();
        List<Integer> mids = request.names().orElse(List.of()).stream()
                .map(dn -> GlobalAddressList.byDn(entries, dn).map(GalEntry::mid).orElse(MID_UNRESOLVED)).toList();
        return new DNToMIdResponse(0, NspiErrors.SUCCESS, Optional.of(mids), NO_AUX);
    }

    /** The properties of the object at State.CurrentRec, [MS-OXNSPI] 3.1.4.1.7. */
    GetPropsResponse getProps(GetPropsRequest request) {
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        Optional<GalEntry> entry = GlobalAddressList.byMid(gal.entries(), state.currentRec());
        if (entry.isEmpty()) {
            return new GetPropsResponse(0, NspiErrors.NOT_FOUND, state.codePage(), Optional.empty(), NO_AUX);
        }
        boolean ephemeral = (request.flags() & EPHEMERAL_IDS) != 0;
        List<PropertyValue> values;
        if (request.propertyTags().isPresent()) {
            values = properties.row(entry.get(), request.propertyTags().get(), ephemeral);
        } else {
            values = AddressBookProperties.ALL.stream()
                    .map(tag -> properties.value(entry.get(), tag, ephemeral)).flatMap(Optional::stream).toList();
        }
        int error = values.stream().anyMatch(PropertyValue::isError) ? NspiErrors.WARN_WITH_ERRORS : NspiErrors.SUCCESS;
        return new GetPropsResponse(0, error, state.codePage(), Optional.of(values), NO_AUX);
    }

    GetPropListResponse getPropList(GetPropListRequest request) {
        Optional<GalEntry> entry = GlobalAddressList.byMid(gal.entries(), request.minimalId());
        if (entry.isEmpty()) {
            return new GetPropListResponse(0, NspiErrors.NOT_FOUND, Optional.empty(), NO_AUX);
        }
        List<PropertyTag> tags = AddressBookProperties.ALL.stream()
                .filter(tag -> properties.value(entry.get(), tag, false).isPresent()).toList();
        return new GetPropListResponse(0, NspiErrors.SUCCESS, Optional.of(tags), NO_AUX);
    }

    /** The entries the Filter selects, at most RowCount of them, [MS-OXNSPI] 3.1.4.1.10. */
    GetMatchesResponse getMatches(GetMatchesRequest request) {
        if (request.filter().isEmpty()) {
            int error = request.propertyName().isPresent() ? NspiErrors.NOT_FOUND : NspiErrors.INVALID_PARAMETER;
            return new GetMatchesResponse(0, error, Optional.empty(), Optional.empty(), Optional.empty(), NO_AUX);
        }
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        List<GalEntry> matches;
        try {
            matches = gal.entries().stream().filter(e -> filter.matches(request.filter().get(), e))
                    .limit(Integer.toUnsignedLong(request.rowCount())).toList();
        } catch (GalFilter.TooComplexException e) {
            return new GetMatchesResponse(0, NspiErrors.TOO_COMPLEX, Optional.empty(), Optional.empty(),
                    Optional.empty(), NO_AUX);
        }
        Stat after = state.withPosition(Stat.MID_BEGINNING_OF_TABLE, 0, matches.size());
        List<PropertyTag> columns = request.columns().orElse(List.of());
        return new GetMatchesResponse(0, NspiErrors.SUCCESS, Optional.of(after),
                Optional.of(matches.stream().map(GalEntry::mid).toList()),
                Optional.of(rowSet(matches, columns, false)), NO_AUX);
    }

    CompareMIdsResponse compareMIds(CompareMIdsRequest request) {
        List<GalEntry> entries = gal.entries();
        int a = GlobalAddressList.indexOf(entries, request.minimalId1());
        int b = GlobalAddressList.indexOf(entries, request.minimalId2());
        if (a < 0 || b < 0) {
            return new CompareMIdsResponse(0, NspiErrors.GENERAL_FAILURE, 0, NO_AUX);
        }
        return new CompareMIdsResponse(0, NspiErrors.SUCCESS, Integer.signum(a - b), NO_AUX);
    }

    /** Applies Delta to the cursor, [MS-OXNSPI] 3.1.4.1.4. */
    UpdateStatResponse updateStat(UpdateStatRequest request) {
        List<GalEntry> entries = gal.entries();
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        int start = position(state.withDelta(0), entries);
        int end = position(state, entries);
        Optional<Integer> delta = request.deltaRequested() ? Optional.of(end - start) : Optional.empty();
        return new UpdateStatResponse(0, NspiErrors.SUCCESS, Optional.of(at(state, entries, end)), delta, NO_AUX);
    }

    /** Sorts the given MIds in table order, [MS-OXNSPI] 3.1.4.1.11. */
    ResortRestrictionResponse resortRestriction(ResortRestrictionRequest request) {
        List<GalEntry> entries = gal.entries();
        List<Integer> given = request.minimalIds().orElse(List.of());
        List<Integer> sorted = entries.stream().map(GalEntry::mid).filter(given::contains).toList();
        Stat state = request.state().orElse(Stat.beginningOfGal(CODE_PAGE_UNICODE, 0x409));
        int current = sorted.contains(state.currentRec()) ? state.currentRec()
                : sorted.isEmpty() ? Stat.MID_BEGINNING_OF_TABLE : sorted.getFirst();
        Stat after = state.withPosition(current, Math.max(0, sorted.indexOf(current)), sorted.size());
        return new ResortRestrictionResponse(0, NspiErrors.SUCCESS, Optional.of(after), Optional.of(sorted), NO_AUX);
    }

    private AddressBookPropertyRowSet rowSet(List<GalEntry> entries, List<PropertyTag> columns, boolean ephemeral) {
        List<AddressBookPropertyRow> rows = entries.stream()
                .map(e -> AddressBookPropertyRow.of(properties.row(e, columns, ephemeral))).toList();
        return new AddressBookPropertyRowSet(columns, rows);
    }

    /** The table index a STAT names: CurrentRec (a MId or a reserved MId) moved by Delta, clamped. */
    static int position(Stat state, List<GalEntry> entries) {
        int base = switch (state.currentRec()) {
            case Stat.MID_BEGINNING_OF_TABLE -> 0;
            case Stat.MID_END_OF_TABLE -> entries.size();
            default -> {
                int i = GlobalAddressList.indexOf(entries, state.currentRec());
                yield i >= 0 ? i : Math.min(Math.max(state.numPos(), 0), entries.size());
            }
        };
        long moved = (long) base + state.delta();
        return (int) Math.max(0, Math.min(entries.size(), moved));
    }

    static Stat at(Stat state, List<GalEntry> entries, int index) {
        int current = index >= entries.size() ? Stat.MID_END_OF_TABLE : entries.get(index).mid();
        return state.withPosition(current, index, entries.size());
    }
}
