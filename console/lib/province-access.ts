/** Who reads the province's live wall: a supervisor, or the deployment administrator (an administrator of no office in particular). */
import type { SessionUser } from '../../shared/schemas/auth.js';

export const readsProvince = (user: SessionUser): boolean => user.role === 'supervisor' || (user.role === 'admin' && user.offices.length === 0);
