package org.agrifront.engine.jmetal;

import java.util.Comparator;
import java.util.List;

import org.uma.jmetal.operator.selection.SelectionOperator;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * jMetal's {@code BinaryTournamentSelection}, same choices and same random numbers, in linear instead of quadratic
 * time. jMetal 6.6 picks the two contestants as the first two entries of a full random permutation of the
 * population, built by removing random indices from a {@code LinkedList} (O(n²) per tournament, n tournaments per
 * generation: the largest single cost of jMetal NSGA-II on the land-use problem). The first two entries depend only
 * on the first two draws; the remaining n − 2 draws are still made (and discarded) so the run's random stream, and
 * therefore every result, is bit-identical to the library's operator. The winner is the better by
 * {@code comparator}, the first contestant on ties, as {@code SolutionListUtils.findBestSolution} does.
 */
final class LinearBinaryTournament<S> implements SelectionOperator<List<S>, S> {
    private static final long serialVersionUID = 1L;
    private final Comparator<S> comparator;

    LinearBinaryTournament(Comparator<S> comparator) {
        this.comparator = comparator;
    }

    @Override
    public S execute(List<S> population) {
        int n = population.size();
        if (n == 1) return population.get(0);
        JMetalRandom random = JMetalRandom.getInstance();
        int first = random.nextInt(0, n - 1);
        int r = random.nextInt(0, n - 2);
        int second = r < first ? r : r + 1; // r-th of the indices left after removing `first`
        for (int left = n - 3; left >= 0; left--) random.nextInt(0, left); // the rest of jMetal's permutation
        S a = population.get(first), b = population.get(second);
        return comparator.compare(a, b) == 1 ? b : a;
    }
}
