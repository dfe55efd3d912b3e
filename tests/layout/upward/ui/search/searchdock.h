#pragma once
// A fixture for tests/layout: the header pointsacross.h names.
