package org.salus.assistant.web;

/**
 * Describes a failure for the log without its messages (which could quote user input): the chain of exception
 * classes and where the innermost one was thrown.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            root = t;
            if (t.getCause() == t) {
                break;
            }
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.salus")) {
                return text.append(" at ").append(frame).toString();
            }
        }
        return frames.length == 0 ? text.toString() : text.append(" at ").append(frames[0]).toString();
    }
}
