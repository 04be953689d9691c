package org.agrifront.problems.external;

/**
 * A failure of an external model process (did not start, exited early, answered a malformed line, missed its
 * time limit): bad input for the command line, which prints the message as one line and exits with code 2.
 */
public final class ExternalProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ExternalProblemException(String message) {
        super(message);
    }
}
