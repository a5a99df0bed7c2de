package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A restriction (a filter on property values), [MS-OXCDATA] 2.12, as used by RopRestrict, RopFindRow
 * and search folders. One record per RestrictType; {@link RestrictionCodec} reads and writes them.
 */
public sealed interface Restriction {
    int RELOP_LT = 0x00;
    int RELOP_LE = 0x01;
    int RELOP_GT = 0x02;
    int RELOP_GE = 0x03;
    int RELOP_EQ = 0x04;
    int RELOP_NE = 0x05;
    int RELOP_RE = 0x06;
    int RELOP_MEMBER_OF_DL = 0x64;

    /** The RestrictType byte. */
    int restrictType();

    /** AndRestriction, [MS-OXCDATA] 2.12.1: every sub-restriction holds. */
    record And(List<Restriction> restrictions) implements Restriction {
        public And {
            restrictions = FrozenList.copyOf(restrictions);
        }

        @Override
        public int restrictType() {
            return 0x00;
        }
    }

    /** OrRestriction, [MS-OXCDATA] 2.12.2: some sub-restriction holds. */
    record Or(List<Restriction> restrictions) implements Restriction {
        public Or {
            restrictions = FrozenList.copyOf(restrictions);
        }

        @Override
        public int restrictType() {
            return 0x01;
        }
    }

    /** NotRestriction, [MS-OXCDATA] 2.12.3. */
    record Not(Restriction restriction) implements Restriction {
        public Not {
            Objects.requireNonNull(restriction, "restriction");
        }

        @Override
        public int restrictType() {
            return 0x02;
        }
    }

    /**
     * ContentRestriction, [MS-OXCDATA] 2.12.4: FuzzyLevelLow (0 FULLSTRING, 1 SUBSTRING, 2 PREFIX),
     * FuzzyLevelHigh (0x1 IGNORECASE, 0x2 IGNORENONSPACE, 0x4 LOOSE), the property and the value.
     */
    record Content(int fuzzyLevelLow, int fuzzyLevelHigh, PropertyTag propertyTag, PropertyValue taggedValue)
            implements Restriction {
        public static final int FULLSTRING = 0x0000;
        public static final int SUBSTRING = 0x0001;
        public static final int PREFIX = 0x0002;
        public static final int IGNORECASE = 0x0001;

        public Content {
            Objects.requireNonNull(propertyTag, "propertyTag");
            Objects.requireNonNull(taggedValue, "taggedValue");
        }

        @Override
        public int restrictType() {
            return 0x03;
        }
    }

    /** PropertyRestriction, [MS-OXCDATA] 2.12.5: the property compared with a value by RelOp. */
    record Property(int relOp, PropertyTag propertyTag, PropertyValue taggedValue) implements Restriction {
        public Property {
            Objects.requireNonNull(propertyTag, "propertyTag");
            Objects.requireNonNull(taggedValue, "taggedValue");
        }

        @Override
        public int restrictType() {
            return 0x04;
        }
    }

    /** ComparePropertiesRestriction, [MS-OXCDATA] 2.12.6: two properties compared by RelOp. */
    record CompareProperties(int relOp, PropertyTag propertyTag1, PropertyTag propertyTag2) implements Restriction {
        public CompareProperties {
            Objects.requireNonNull(propertyTag1, "propertyTag1");
            Objects.requireNonNull(propertyTag2, "propertyTag2");
        }

        @Override
        public int restrictType() {
            return 0x05;
        }
    }

    /** BitMaskRestriction, [MS-OXCDATA] 2.12.7: BitmapRelOp 0x00 BMR_EQZ or 0x01 BMR_NEZ of value AND mask. */
    record BitMask(int bitmapRelOp, PropertyTag propertyTag, int mask) implements Restriction {
        public static final int BMR_EQZ = 0x00;
        public static final int BMR_NEZ = 0x01;

        public BitMask {
            Objects.requireNonNull(propertyTag, "propertyTag");
        }

        @Override
        public int restrictType() {
            return 0x06;
        }
    }

    /** SizeRestriction, [MS-OXCDATA] 2.12.8: the size of the property's value compared by RelOp. */
    record Size(int relOp, PropertyTag propertyTag, int size) implements Restriction {
        public Size {
            Objects.requireNonNull(propertyTag, "propertyTag");
        }

        @Override
        public int restrictType() {
            return 0x07;
        }
    }

    /** ExistRestriction, [MS-OXCDATA] 2.12.9: the property has a value. */
    record Exist(PropertyTag propertyTag) implements Restriction {
        public Exist {
            Objects.requireNonNull(propertyTag, "propertyTag");
        }

        @Override
        public int restrictType() {
            return 0x08;
        }
    }

    /** SubObjectRestriction, [MS-OXCDATA] 2.12.10: on the recipients or attachments table (Subobject tag). */
    record SubObject(PropertyTag subobject, Restriction restriction) implements Restriction {
        public SubObject {
            Objects.requireNonNull(subobject, "subobject");
            Objects.requireNonNull(restriction, "restriction");
        }

        @Override
        public int restrictType() {
            return 0x09;
        }
    }

    /** CommentRestriction, [MS-OXCDATA] 2.12.11: tagged values annotating an optional restriction. */
    record Comment(List<PropertyValue> taggedValues, Optional<Restriction> restriction) implements Restriction {
        public Comment {
            taggedValues = FrozenList.copyOf(taggedValues);
            Objects.requireNonNull(restriction, "restriction");
        }

        @Override
        public int restrictType() {
            return 0x0A;
        }
    }

    /** CountRestriction, [MS-OXCDATA] 2.12.12: at most Count matches of the sub-restriction. */
    record Count(long count, Restriction subRestriction) implements Restriction {
        public Count {
            Objects.requireNonNull(subRestriction, "subRestriction");
        }

        @Override
        public int restrictType() {
            return 0x0B;
        }
    }
}
