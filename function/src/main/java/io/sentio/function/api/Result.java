package io.sentio.function.api;

/** A value or the reason there is none: how validation reports failure without exceptions. */
public sealed interface Result<T> permits Result.Ok, Result.Err {

    record Ok<T>(T value) implements Result<T> {
    }

    record Err<T>(ApiError error) implements Result<T> {
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> err(ApiError error) {
        return new Err<>(error);
    }
}
