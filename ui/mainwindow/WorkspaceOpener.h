#pragma once

#include "workspace/Workspace.h"

#include <QString>

class QWidget;

namespace Kingside {

// Opens a workspace for the GUI: explains every refusal in a dialog and offers the
// read-only view where that helps (locked or read-only files).
class WorkspaceOpener
{
public:
    static bool open(QWidget *parent, Workspace *workspace, const QString &path,
                     Workspace::Mode mode);
    static bool create(QWidget *parent, Workspace *workspace, const QString &path);
    // Ensures the demo workspace exists for this user and opens it.
    static bool openDemo(QWidget *parent, Workspace *workspace);
};

} // namespace Kingside
