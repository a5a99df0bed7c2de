/**
 * Property tags, types and values, property rows, names and problems, restrictions and sort
 * orders, [MS-OXCDATA] 2.6 to 2.13, and the rule actions of PtypRuleAction ([MS-OXORULE] 2.2.5).
 * {@link org.interchange.mapi.codec.property.PropertyValueCodec} reads and writes single values;
 * {@link org.interchange.mapi.codec.property.PropertyRow} and
 * {@link org.interchange.mapi.codec.property.PropertyRowSet} the rows of table and property ROPs.
 */
package org.interchange.mapi.codec.property;
