#pragma once

#include <cstddef>
#include <cstdint>

// The decoders that take what the network gives, one function each, for libFuzzer
// (fuzzentry.cpp) and for the replay of the corpus in tst_fuzzcorpus. Each returns 0, and aborts
// when a decoder breaks its own promise (a decoded value that does not decode again the same).
int fuzzActivity(const std::uint8_t *data, std::size_t size);
int fuzzListPage(const std::uint8_t *data, std::size_t size);
int fuzzErrorBody(const std::uint8_t *data, std::size_t size);
int fuzzRateLimit(const std::uint8_t *data, std::size_t size);
