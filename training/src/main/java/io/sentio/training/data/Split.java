package io.sentio.training.data;

/** The side of an official train/test split a row belongs to (aclImdb has one). */
public enum Split {
    TRAIN,
    TEST
}
