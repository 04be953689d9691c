package org.agrifront.problems.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * A model run as a separate process ({@code "type": "external"}), in the line protocol of MOEA Framework's
 * {@code ExternalProblem}: for each evaluation Agrifront writes one line with the variables separated by spaces
 * (reals in full precision, integers as integers, categoricals as the option's index from 0), and the process
 * answers one line: the objectives, then the constraints, separated by spaces. A constraint value ≤ 0 is satisfied;
 * a positive value is the amount of violation.
 * <p>
 * <b>Genome.</b> {@code double[]}: reals within their bounds; an integer in [lo, hi] is a real in [lo − ½, hi + ½]
 * rounded to the nearest integer, a categorical of k options a real in [−½, k − ½] rounded to an index, so every
 * value is drawn with equal probability and SBX and polynomial mutation (the defaults) work on all of them.
 * <p>
 * <b>Processes.</b> The process starts in the problem file's folder at a run's first evaluation, one per thread that
 * evaluates (a study running runs side by side gets one process per run), and is closed when the run's results are
 * written. A run's lines depend only on its seed, so a model that answers each line from that line alone makes the
 * run reproducible. Any failure ends the run with an {@link ExternalProblemException}.
 */
public final class ExternalProblem implements Problem<double[]> {
    /** A block of variables: {@code count} of one kind. */
    public record Variable(String name, String type, int count, double lower, double upper, List<String> options) {
    }

    private static final Set<ExternalProcess> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(ExternalProcess::close), "external-shutdown"));
    }

    private final String name;
    private final Path file;
    private final Path dir;
    private final List<String> command;
    private final List<Variable> variables;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final long timeoutMillis;
    /** Most lines sent at once ({@code "batch"}); 1 = the plain protocol, one line out, one line back. */
    private final int batch;
    private final RealEncoding encoding;
    private final int[] kind; // 0 real, 1 integer, 2 categorical, per gene
    private final String[] names;
    private final ThreadLocal<Session> session = new ThreadLocal<>();

    /** The process of one thread and how many evaluations it has answered. */
    private static final class Session {
        final ExternalProcess process;
        long evaluations;

        Session(ExternalProcess process) {
            this.process = process;
        }
    }

    ExternalProblem(String name, Path file, List<String> command, List<Variable> variables, List<Objective> objectives,
                    List<Constraint> constraints, double timeoutSeconds, int batch) {
        this.name = name;
        this.file = file;
        this.dir = file.toAbsolutePath().normalize().getParent();
        this.command = List.copyOf(command);
        this.variables = List.copyOf(variables);
        this.objectives = List.copyOf(objectives);
        this.constraints = List.copyOf(constraints);
        this.timeoutMillis = Math.round(timeoutSeconds * 1000);
        this.batch = batch;
        int n = variables.stream().mapToInt(Variable::count).sum();
        double[] lo = new double[n], hi = new double[n];
        kind = new int[n];
        names = new String[n];
        int i = 0;
        for (Variable v : variables) {
            for (int j = 0; j < v.count(); j++, i++) {
                names[i] = v.count() == 1 ? v.name() : v.name() + "_" + (j + 1);
                switch (v.type()) {
                    case "real" -> { lo[i] = v.lower(); hi[i] = v.upper(); kind[i] = 0; }
                    case "integer" -> { lo[i] = v.lower() - 0.5; hi[i] = v.upper() + 0.5; kind[i] = 1; }
                    default -> { lo[i] = -0.5; hi[i] = v.options().size() - 0.5; kind[i] = 2; }
                }
            }
        }
        this.encoding = new RealEncoding(lo, hi);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Encoding<double[]> encoding() {
        return encoding;
    }

    @Override
    public List<Objective> objectives() {
        return objectives;
    }

    @Override
    public List<Constraint> constraints() {
        return constraints;
    }

    public List<String> command() {
        return command;
    }

    /** The line sent for {@code genome}: reals in full precision, integers and categorical indices rounded. */
    public String line(double[] genome) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < genome.length; i++) {
            if (i > 0) sb.append(' ');
            double x = Math.min(encoding.upper(i), Math.max(encoding.lower(i), genome[i]));
            if (kind[i] == 0) sb.append(x);
            else sb.append((long) Math.min(Math.floor(encoding.upper(i)) , Math.max(Math.ceil(encoding.lower(i)), Math.rint(x))));
        }
        return sb.toString();
    }

    @Override
    public int batchSize() {
        return batch;
    }

    @Override
    public void evaluate(double[] genome, double[] objectives, double[] violations) {
        evaluateAll(List.of(genome), new double[][] {objectives}, new double[][] {violations});
    }

    /**
     * Sends the lines of {@code genomes} and reads one answer line each. In batch mode ({@code "batch"} above 1) at
     * most {@code batch} lines go out at once, followed by an empty line that tells the model the batch is complete.
     */
    @Override
    public void evaluateAll(List<double[]> genomes, double[][] objectives, double[][] violations) {
        Session s = session.get();
        if (s == null) {
            s = new Session(new ExternalProcess(command, dir));
            OPEN.add(s.process);
            session.set(s);
        }
        try {
            for (int from = 0; from < genomes.size(); from += batch) {
                int to = Math.min(genomes.size(), from + batch);
                String[] lines = new String[to - from];
                for (int i = from; i < to; i++) lines[i - from] = line(genomes.get(i));
                String[] answers = s.process.exchange(lines, batch > 1, s.evaluations + 1, timeoutMillis);
                for (int i = 0; i < lines.length; i++) {
                    parse(answers[i], s.evaluations + 1 + i, objectives[from + i], violations[from + i]);
                }
                s.evaluations += lines.length;
            }
        } catch (RuntimeException e) {
            closeSession();
            throw e;
        }
    }

    private void parse(String answer, long evaluation, double[] objectives, double[] violations) {
        String[] tokens = answer.strip().isEmpty() ? new String[0] : answer.strip().split("\\s+");
        int m = objectives.length, c = violations.length;
        if (tokens.length != m + c) {
            throw new ExternalProblemException("command " + command + " answered '" + ExternalProcess.abbreviate(answer)
                    + "' to evaluation " + evaluation + ": expected " + m + " objective" + (m == 1 ? "" : "s") + " and "
                    + c + " constraint" + (c == 1 ? "" : "s") + " = " + (m + c) + " numbers, found " + tokens.length);
        }
        for (int i = 0; i < tokens.length; i++) {
            double v;
            try {
                v = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw new ExternalProblemException("command " + command + " answered '" + ExternalProcess.abbreviate(answer)
                        + "' to evaluation " + evaluation + ": value " + (i + 1) + " ('" + tokens[i] + "') is not a finite number");
            }
            if (i < m) objectives[i] = v;
            else violations[i - m] = Math.max(0, v);
        }
    }

    /** Closes the calling thread's process (the next evaluation on this thread starts a new one). */
    public void closeSession() {
        Session s = session.get();
        if (s == null) return;
        session.remove();
        OPEN.remove(s.process);
        s.process.close();
    }

    /** A run's results are being written: its process is done. */
    @Override
    public void writeArtifacts(Path runDir, List<Individual<double[]>> front) {
        closeSession();
    }

    @Override
    public String variableName(int i) {
        return names[i];
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("command", command);
        d.put("workingDirectory", dir.toString());
        List<Map<String, Object>> vars = new ArrayList<>();
        for (Variable v : variables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("type", v.type());
            m.put("count", v.count());
            if (v.options() != null) m.put("options", v.options());
            else {
                m.put("lower", v.lower());
                m.put("upper", v.upper());
            }
            vars.add(m);
        }
        d.put("variables", vars);
        d.put("timeoutSeconds", timeoutMillis / 1000.0);
        d.put("batch", batch);
        return d;
    }
}
