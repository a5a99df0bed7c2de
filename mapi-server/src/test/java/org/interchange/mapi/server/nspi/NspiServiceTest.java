package org.interchange.mapi.server.nspi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.CompareMIdsRequest;
import org.interchange.mapi.codec.http.nspi.GetMatchesRequest;
import org.interchange.mapi.codec.http.nspi.GetPropListRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionRequest;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.http.nspi.UpdateStatRequest;
import org.interchange.mapi.codec.http.nspi.UpdateStatResponse;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.http.UserDirectory;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NspiServiceTest {
    static final AuxiliaryBuffer NONE = AuxiliaryBuffer.EMPTY;
    static final Stat START = Stat.beginningOfGal(1252, 0x409);
    static final PropertyTag DISPLAY_NAME = PropertyTag.of(0x3001, PropertyType.STRING);

    @TempDir
    Path dir;
    H2MailboxStore store;
    NspiService service;
    List<GalEntry> entries;

    @BeforeEach
    void setUp() {
        store = H2MailboxStore.open(dir);
        store.createMailbox("zed", "Aaron Zed", "zed@example.org");
        store.createMailbox("amy", "Zoe Amy", "amy@example.org");
        UserDirectory users = UserDirectory.of(Map.of("zed", "x", "amy", "x", "nomail", "x"));
        GlobalAddressList gal = new GlobalAddressList(users, store);
        service = new NspiService(gal, UUID.randomUUID());
        entries = gal.entries();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void tableIsSortedByDisplayNameWithStableMidsFromAccounts() {
        assertThat(entries).extracting(GalEntry::displayName).containsExactly("Aaron Zed", "nomail", "Zoe Amy");
        assertThat(entries).extracting(GalEntry::mid).containsExactly(GlobalAddressList.FIRST_MID + 2,
                GlobalAddressList.FIRST_MID + 1, GlobalAddressList.FIRST_MID);
        assertThat(entries.get(1).smtpAddress()).isEmpty();
    }

    @Test
    void updateStatMovesTheCursorByDeltaAndClamps() {
        UpdateStatResponse moved = service.updateStat(new UpdateStatRequest(0, Optional.of(START.withDelta(2)), true, NONE));
        assertThat(moved.state().orElseThrow().currentRec()).isEqualTo(entries.get(2).mid());
        assertThat(moved.state().get().numPos()).isEqualTo(2);
        assertThat(moved.delta()).contains(2);
        UpdateStatResponse past = service.updateStat(new UpdateStatRequest(0, Optional.of(START.withDelta(99)), true, NONE));
        assertThat(past.state().orElseThrow().currentRec()).isEqualTo(Stat.MID_END_OF_TABLE);
        assertThat(past.delta()).contains(3);
        Stat fromEnd = START.withPosition(Stat.MID_END_OF_TABLE, 3, 3).withDelta(-1);
        assertThat(service.updateStat(new UpdateStatRequest(0, Optional.of(fromEnd), false, NONE)).state().orElseThrow()
                .currentRec()).isEqualTo(entries.get(2).mid());
    }

    @Test
    void queryRowsReadsAnExplicitTableWithoutMovingTheCursor() {
        var response = service.queryRows(new QueryRowsRequest(0, Optional.of(START), List.of(entries.get(2).mid(), 999),
                5, Optional.of(List.of(DISPLAY_NAME)), NONE));
        assertThat(response.columnsAndRows().orElseThrow().rows()).hasSize(1);
        assertThat(response.state()).contains(START);
        var otherContainer = service.queryRows(new QueryRowsRequest(0, Optional.of(new Stat(0, 7, 0, 0, 0, 0, 1252, 0, 0)),
                List.of(), 5, Optional.empty(), NONE));
        assertThat(otherContainer.errorCode()).isEqualTo(NspiErrors.INVALID_BOOKMARK);
    }

    @Test
    void comparesResortsAndListsProperties() {
        int first = entries.get(0).mid();
        int last = entries.get(2).mid();
        assertThat(service.compareMIds(new CompareMIdsRequest(0, Optional.of(START), first, last, NONE)).result()).isNegative();
        assertThat(service.compareMIds(new CompareMIdsRequest(0, Optional.of(START), last, first, NONE)).result()).isPositive();
        assertThat(service.compareMIds(new CompareMIdsRequest(0, Optional.of(START), 999, first, NONE)).errorCode())
                .isEqualTo(NspiErrors.GENERAL_FAILURE);
        assertThat(service.resortRestriction(new ResortRestrictionRequest(0, Optional.of(START),
                Optional.of(List.of(last, 999, first)), NONE)).minimalIds()).contains(List.of(first, last));
        List<PropertyTag> withMail = service.getPropList(new GetPropListRequest(0, first, 1252, NONE)).propertyTags().orElseThrow();
        List<PropertyTag> withoutMail = service.getPropList(new GetPropListRequest(0, entries.get(1).mid(), 1252, NONE))
                .propertyTags().orElseThrow();
        assertThat(withMail).contains(PropertyTag.of(0x39FE, PropertyType.STRING));
        assertThat(withoutMail).doesNotContain(PropertyTag.of(0x39FE, PropertyType.STRING)).contains(DISPLAY_NAME);
        assertThat(service.getPropList(new GetPropListRequest(0, 999, 1252, NONE)).errorCode()).isEqualTo(NspiErrors.NOT_FOUND);
    }

    @Test
    void getMatchesEvaluatesPropertyAndBooleanRestrictions() {
        Restriction notAaron = new Restriction.And(List.of(
                new Restriction.Exist(PropertyTag.of(0x39FE, PropertyType.STRING)),
                new Restriction.Not(new Restriction.Property(4, DISPLAY_NAME, PropertyValue.of(DISPLAY_NAME, "aaron zed")))));
        var matches = service.getMatches(new GetMatchesRequest(0, Optional.of(START), Optional.empty(), 0,
                Optional.of(notAaron), Optional.empty(), 10, Optional.empty(), NONE));
        assertThat(matches.minimalIds()).contains(List.of(entries.get(2).mid()));
        var tooComplex = service.getMatches(new GetMatchesRequest(0, Optional.of(START), Optional.empty(), 0,
                Optional.of(new Restriction.Size(4, DISPLAY_NAME, 3)), Optional.empty(), 10, Optional.empty(), NONE));
        assertThat(tooComplex.errorCode()).isEqualTo(NspiErrors.TOO_COMPLEX);
        var string8 = service.getMatches(new GetMatchesRequest(0, Optional.of(START), Optional.empty(), 0,
                Optional.of(new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE,
                        DISPLAY_NAME.withType(PropertyType.STRING8), PropertyValue.of(DISPLAY_NAME.withType(PropertyType.STRING8), "AMY"))),
                Optional.empty(), 10, Optional.of(List.of(DISPLAY_NAME.withType(PropertyType.STRING8))), NONE));
        assertThat(string8.columnsAndRows().orElseThrow().rows().getFirst().values().getFirst())
                .isEqualTo(PropertyValue.of(DISPLAY_NAME.withType(PropertyType.STRING8), "Zoe Amy"));
    }
}
