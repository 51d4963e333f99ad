package io.sentio.core;
