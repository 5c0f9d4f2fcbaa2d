#!/bin/sh
echo "The native Prisma schema engine is not available offline. Create migrations with 'npm run db:migration -- <name>'; they apply at start-up." >&2
exit 1
