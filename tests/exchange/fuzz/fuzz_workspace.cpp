// libFuzzer target: crafted workspace files (see WorkspaceFuzz.h) through the check,
// read-only and editing opens and the analysis. Any input must end without a crash or hang.
#include "WorkspaceFuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Kingside::WorkspaceFuzz::Outcome outcome = Kingside::WorkspaceFuzz::run(bytes);
    // Kingside never edits a file its own check calls damaged or foreign without saying so:
    // a file that opened for editing was at least a Kingside workspace.
    if (outcome.openedForEditing && outcome.check == Kingside::WorkspaceCheck::Status::NotWorkspace)
        __builtin_trap();
    return 0;
}
