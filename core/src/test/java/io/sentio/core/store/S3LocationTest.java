package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3LocationTest {

    @Test
    void splitsBucketAndKey() {
        assertThat(S3Location.parse("s3://bucket/models/reviews")).isEqualTo(new S3Location("bucket", "models/reviews"));
    }

    @Test
    void dropsTrailingSlashes() {
        assertThat(S3Location.parse("s3://bucket/models/reviews//")).isEqualTo(new S3Location("bucket", "models/reviews"));
    }

    @Test
    void aBucketAloneHasAnEmptyKey() {
        assertThat(S3Location.parse("s3://bucket")).isEqualTo(new S3Location("bucket", ""));
        assertThat(S3Location.parse("s3://bucket/")).isEqualTo(new S3Location("bucket", ""));
    }

    @Test
    void recognisesTheScheme() {
        assertThat(S3Location.isS3("s3://bucket/x")).isTrue();
        assertThat(S3Location.isS3("file:///x")).isFalse();
        assertThat(S3Location.isS3("/srv/s3://x")).isFalse();
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> S3Location.parse("https://bucket.s3.amazonaws.com/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an s3:// URI");
    }

    @Test
    void refusesAMissingBucket() {
        assertThatThrownBy(() -> S3Location.parse("s3:///models"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bucket in s3:///models");
    }
}
