package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** GetTemplateInfo request body (NspiGetTemplateInfo, [MS-OXNSPI] 3.1.4.1.18), [MS-OXCMAPIHTTP] 2.2.5.9.1. */
public record GetTemplateInfoRequest(int flags, int type, Optional<String> templateDn, int codePage, int localeId,
        AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags).i32(type);
        NspiFields.has(w, templateDn.isPresent());
        templateDn.ifPresent(w::ascii8z);
        w.i32(codePage).i32(localeId);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetTemplateInfoRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        int type = r.i32();
        Optional<String> dn = NspiFields.has(r, "TemplateDn") ? Optional.of(r.ascii8z()) : Optional.empty();
        return new GetTemplateInfoRequest(flags, type, dn, r.i32(), r.i32(),
                NspiFields.auxAndEnd(r, "GetTemplateInfo request"));
    }
}
