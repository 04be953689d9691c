package org.agrifront.engine.jmetal;

import org.agrifront.engine.Candidate;

/** A jMetal solution type that wraps one of Agrifront's candidates (genome plus natural-unit evaluation). */
interface CarriesCandidate<W> {
    Candidate<W> candidate();
}
