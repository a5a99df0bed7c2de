package org.interchange.mapi.client.write;

/** A read-state change to upload, [MS-OXCFXICS] 2.2.3.2.4.6.1: the message's PidTagSourceKey and the new state. */
public record ReadStateChange(byte[] sourceKey, boolean read) {

    public ReadStateChange {
        sourceKey = sourceKey.clone();
    }

    @Override
    public byte[] sourceKey() {
        return sourceKey.clone();
    }
}
