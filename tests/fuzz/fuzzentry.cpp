// libFuzzer's entry for one target; DRAFTBOX_FUZZ_FUNCTION names it (see CMakeLists.txt).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return DRAFTBOX_FUZZ_FUNCTION(data, size);
}
