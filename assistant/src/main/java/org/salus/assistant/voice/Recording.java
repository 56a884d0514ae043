package org.salus.assistant.voice;

/** A recording held in memory, in a container recognised from its bytes; it is never written anywhere. */
record Recording(byte[] bytes, AudioFormat format) {

    @Override
    public String toString() {
        return "Recording[" + format + ", " + bytes.length + " bytes]";
    }
}
