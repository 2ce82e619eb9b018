export * from './roles';
export * from './program';
export * from './enrollment-status';
export * from './validation';
export * from './hours';
export * from './exams';
export * from './outcomes';
export * from './compliance';
