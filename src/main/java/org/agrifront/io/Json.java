package org.agrifront.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Strict JSON for problem and experiment files: unknown fields, wrong types, fractions for integers, keys given
 * twice, trailing garbage and missing required fields are errors that name the file, line and JSON path ({@code $.scenario.rcp}).
 */
public final class Json {
    /** The strict reader/writer used for every user-facing JSON file. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 1.5 for an integer field is an error, not 1
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key given twice is an error
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {
    }

    /** Writes {@code value} as indented JSON (map keys sorted), atomically. */
    public static void write(Path file, Object value) {
        AtomicFiles.write(file, out -> MAPPER.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // AtomicFiles closes and renames the stream itself
            }
        }, value));
    }

    /** Reads {@code file} into {@code type}, translating every Jackson error into an {@link InputException}. */
    public static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(readText(file), type);
        } catch (JsonProcessingException e) {
            throw translate(file, e);
        }
    }

    /** Reads {@code file} as a tree (for dispatch on a {@code type} field). */
    public static JsonNode tree(Path file) {
        try {
            JsonNode node = MAPPER.readTree(readText(file));
            if (node == null || node.isMissingNode()) throw InputException.file(file, "empty JSON file");
            return node;
        } catch (JsonProcessingException e) {
            throw translate(file, e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InputException.file(file, "file not found");
        } catch (IOException e) {
            throw InputException.file(file, "cannot read: " + e.getMessage());
        }
    }

    /** A missing required field at {@code path}. */
    public static InputException missing(Path file, String path) {
        return new InputException(file, 0, path, "missing required field");
    }

    /** Throws {@link #missing} when {@code value} is null; returns it otherwise. */
    public static <T> T require(Path file, String path, T value) {
        if (value == null) throw missing(file, path);
        return value;
    }

    /** An invalid value at {@code path}. */
    public static InputException invalid(Path file, String path, String message) {
        return new InputException(file, 0, path, message);
    }

    static InputException translate(Path file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            // a syntax error, also when the mapper wraps it while filling a field: say so, whatever was being read
            JsonProcessingException syntax = e instanceof StreamReadException ? e : (JsonProcessingException) e.getCause();
            JsonLocation at = syntax.getLocation();
            return new InputException(file, at == null ? line : at.getLineNr(), null, "malformed JSON: " + syntax.getOriginalMessage(), e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new InputException(file, line, path(u.getPath()), "unknown field" + (known.isEmpty() ? "" : "; known: " + known));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return new InputException(file, line, path(v.getPath()), cause.getMessage(), e);
        }
        if (e instanceof InvalidFormatException f) {
            return new InputException(file, line, path(f.getPath()),
                    "expected " + simpleType(f.getTargetType()) + ", found '" + f.getValue() + "'", e);
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "another value" : simpleType(m.getTargetType());
            return new InputException(file, line, path(m.getPath()), "expected " + expected + ": " + m.getOriginalMessage(), e);
        }
        if (e instanceof JsonMappingException m) {
            return new InputException(file, line, path(m.getPath()), m.getOriginalMessage(), e);
        }
        return new InputException(file, line, null, "malformed JSON: " + e.getOriginalMessage(), e);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) return "a value";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "an integer";
        if (type == Double.class || type == double.class) return "a number";
        if (type == String.class) return "a string";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (List.class.isAssignableFrom(type)) return "a list";
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) return "an object";
        return type.getSimpleName();
    }

    /** Jackson's reference path as a JSON path: {@code $.algorithms[1].name}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) sb.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }
}
