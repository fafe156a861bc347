// Generated from openapi.json by tools/openapi-gen (npm run gen:api). Do not edit.
/* eslint-disable */
export interface paths {
    "/api/v1/admin/diaries/reindex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reindex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ops/advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["advice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ops/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["history_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ops/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subscriptions/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["loginForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_1"];
        put?: never;
        post: operations["create_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["detail"];
        put?: never;
        post?: never;
        delete: operations["delete_2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["messages"];
        put?: never;
        post: operations["send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{id}/messages/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list"];
        put?: never;
        post: operations["create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get"];
        put?: never;
        post?: never;
        delete: operations["delete_1"];
        options?: never;
        head?: never;
        patch: operations["patch_1"];
        trace?: never;
    };
    "/api/v1/diaries/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/prompt-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["prompts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/weekly-insight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["weeklyInsight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["recommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["respond"];
        trace?: never;
    };
    "/api/v1/friends/requests/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["received"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friends/requests/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/book-recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["books"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/negative-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["negativeTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/radar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["radar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mental/reports/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["weekly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["delete_3"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["markRead_1"];
        trace?: never;
    };
    "/api/v1/notifications/mark-all-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/mark-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["stream_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ofFriend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mine"];
        put: operations["update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/me/customize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["customize"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["status_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz/persona-level": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["level"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["questions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quiz/upgrade-persona": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["upgrade_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["me_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["plans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["upgrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["usage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["me"];
        put?: never;
        post?: never;
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch: operations["patch"];
        trace?: never;
    };
    "/api/v1/users/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/liveness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuthChangePassword: {
            current_password: string;
            new_password: string;
        };
        AuthEmailOnly: {
            /** Format: email */
            email: string;
        };
        AuthLogin: {
            email: string;
            password: string;
        };
        AuthLogout: {
            refresh_token?: string;
        };
        AuthMessage: {
            message: string;
        };
        AuthRefresh: {
            refresh_token?: string;
        };
        AuthRegister: {
            /** Format: email */
            email: string;
            password: string;
            username: string;
        };
        AuthRegistered: {
            email: string;
            /** Format: int64 */
            id: number;
            message: string;
            username: string;
        };
        AuthResetPassword: {
            password: string;
            token: string;
        };
        AuthSessionList: {
            items: components["schemas"]["AuthSessionView"][];
        };
        AuthSessionView: {
            /** Format: date-time */
            created_at: string;
            current: boolean;
            /** Format: int64 */
            id: number;
            ip: string;
            /** Format: date-time */
            last_used_at: string;
            user_agent: string;
        };
        AuthTokens: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            refresh_token: string;
            token_type: string;
        };
        AuthVerified: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            message: string;
            refresh_token: string;
            token_type: string;
        };
        ChatCreate: {
            /** Format: int64 */
            persona_id: number | null;
        };
        ChatDetail: {
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            is_own_persona: boolean;
            /** Format: date-time */
            last_message_at: string;
            messages: components["schemas"]["ChatMessage"][];
            /** Format: int64 */
            persona_id: number;
            persona_name: string;
            title: string;
        };
        ChatMessage: {
            /** Format: int64 */
            chat_id: number;
            content: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            role: string;
        };
        ChatMessages: {
            has_more: boolean;
            items: components["schemas"]["ChatMessage"][];
        };
        ChatPage: {
            items: components["schemas"]["ChatView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        ChatSend: {
            content: string;
        };
        ChatView: {
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            is_own_persona: boolean;
            /** Format: date-time */
            last_message_at: string;
            /** Format: int64 */
            persona_id: number;
            persona_name: string;
            title: string;
        };
        CrisisResource: {
            description: string;
            name: string;
            phone: string;
        };
        DevMailboxMail: {
            html: string;
            /** Format: date-time */
            sent_at: string;
            subject: string;
            text: string;
            to: string;
        };
        Diary: {
            content: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date */
            diary_date: string;
            /** Format: int64 */
            id: number;
            is_private: boolean;
            /** @enum {string} */
            mood: "happy" | "sad" | "angry" | "anxious" | "calm" | "excited" | "tired" | "grateful" | "lonely" | "hopeful";
            title: string;
            /** Format: date-time */
            updated_at: string;
            /** @enum {string} */
            weather: "sunny" | "cloudy" | "rainy" | "snowy" | "windy" | "foggy" | "stormy";
        };
        DiaryCalendar: {
            items: components["schemas"]["DiaryCalendarItem"][];
            /** Format: int32 */
            month: number;
            /** Format: int32 */
            year: number;
        };
        DiaryCalendarItem: {
            /** Format: date */
            diary_date: string;
            /** Format: int64 */
            diary_id: number;
            /** @enum {string} */
            mood: "happy" | "sad" | "angry" | "anxious" | "calm" | "excited" | "tired" | "grateful" | "lonely" | "hopeful";
        };
        DiaryCount: {
            /** Format: int64 */
            count: number;
        };
        DiaryCreateDiary: {
            content: string;
            /** Format: date */
            diary_date: string;
            is_private?: boolean | null;
            mood?: string;
            title: string;
            weather?: string;
        };
        DiaryImportError: {
            /** Format: int32 */
            index: number | null;
            message: string;
            uuid: string;
        };
        DiaryImportResult: {
            errors: components["schemas"]["DiaryImportError"][];
            /** Format: int32 */
            imported: number;
            /** Format: int32 */
            skipped: number;
        };
        DiaryPage: {
            items: components["schemas"]["Diary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        DiaryPatchDiary: {
            content?: string;
            is_private?: boolean | null;
            mood?: string;
            title?: string;
            weather?: string;
        };
        DiaryPrompt: {
            description: string;
            title: string;
        };
        DiaryPrompts: {
            prompts: components["schemas"]["DiaryPrompt"][];
        };
        DiaryReindexed: {
            /** Format: int32 */
            reindexed: number;
        };
        DiaryStats: {
            /** Format: int32 */
            current_streak: number;
            /** Format: int32 */
            longest_streak: number;
            monthly_count: {
                [key: string]: number;
            };
            mood_distribution: {
                [key: string]: number;
            };
            /** Format: int64 */
            total_count: number;
            /** Format: double */
            weekly_average: number;
        };
        DiaryWeeklyInsight: {
            /** Format: int32 */
            current_streak: number;
            /** Format: int32 */
            diary_count: number;
            /** @enum {string} */
            dominant_mood: "happy" | "sad" | "angry" | "anxious" | "calm" | "excited" | "tired" | "grateful" | "lonely" | "hopeful";
            /** Format: date */
            last_diary_date: string;
            /** Format: double */
            positive_ratio: number;
            /** Format: double */
            positive_ratio_change: number | null;
            summary: string;
        };
        Feedback: {
            emoji: string;
            encouragement: string;
            message: string;
            resources: components["schemas"]["CrisisResource"][];
            status_label: string;
            suggestion: string;
        };
        Friend: {
            /** Format: date-time */
            friends_since: string;
            has_public_persona: boolean;
            /** Format: int64 */
            id: number;
            persona_name: string;
            profile_image: string;
            username: string;
        };
        FriendList: {
            items: components["schemas"]["Friend"][];
            /** Format: int32 */
            total: number;
        };
        FriendRecommendation: {
            has_public_persona: boolean;
            /** Format: int64 */
            id: number;
            persona_name: string;
            profile_image: string;
            username: string;
        };
        FriendRecommendationList: {
            items: components["schemas"]["FriendRecommendation"][];
            /** Format: int32 */
            total: number;
        };
        FriendRequest: {
            addressee: components["schemas"]["PublicProfile"];
            /** Format: int64 */
            addressee_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            requester: components["schemas"]["PublicProfile"];
            /** Format: int64 */
            requester_id: number;
            status: string;
            /** Format: date-time */
            updated_at: string;
        };
        FriendRequestBody: {
            /** Format: int64 */
            addressee_id: number | null;
        };
        FriendRequestList: {
            items: components["schemas"]["FriendRequest"][];
            /** Format: int32 */
            total: number;
        };
        FriendRespond: {
            /** @enum {string} */
            status: "accepted" | "rejected";
        };
        JobView: {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            created_at: string;
            error: string;
            error_code: string;
            /** Format: date-time */
            finished_at: string;
            /** Format: int64 */
            id: number;
            kind: string;
            status: string;
        };
        MentalAnalysisItem: {
            /** Format: date */
            analysis_date: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            diary_id: number;
            /** Format: int32 */
            emotional_stability: number;
            /** Format: int64 */
            id: number;
            overall_status: string;
            /** Format: int32 */
            positivity: number;
            /** Format: int32 */
            resilience: number;
            /** Format: int32 */
            self_esteem: number;
            /** Format: int32 */
            social_connection: number;
            /** Format: int32 */
            vitality: number;
        };
        MentalBook: {
            author: string;
            category: string;
            description: string;
            reason: string;
            title: string;
        };
        MentalBooks: {
            /** Format: int64 */
            based_on_analysis_id: number | null;
            based_on_status: string;
            books: components["schemas"]["MentalBook"][];
            weakest_axis: string;
        };
        MentalCurrent: {
            /** Format: date */
            analysis_date: string;
            /** Format: date-time */
            created_at: string;
            crisis_resources: components["schemas"]["CrisisResource"][];
            /** Format: int64 */
            diary_id: number;
            /** Format: int32 */
            emotional_stability: number;
            feedback: components["schemas"]["Feedback"];
            /** Format: int64 */
            id: number;
            overall_status: string;
            /** Format: int32 */
            positivity: number;
            /** Format: int32 */
            resilience: number;
            safety_flag: boolean;
            /** Format: int32 */
            self_esteem: number;
            /** Format: int32 */
            social_connection: number;
            summary: string;
            /** Format: int32 */
            vitality: number;
        };
        MentalFeedbackRequest: {
            /** Format: int64 */
            analysis_id?: number | null;
        };
        MentalFeedbackView: {
            /** Format: int64 */
            analysis_id: number;
            crisis_resources: components["schemas"]["CrisisResource"][];
            feedback: components["schemas"]["Feedback"];
            overall_status: string;
        };
        MentalHistory: {
            items: components["schemas"]["MentalAnalysisItem"][];
            /** Format: int32 */
            total: number;
        };
        MentalNegativeTrend: {
            /** Format: int32 */
            analyses_count: number;
            crisis_resources: components["schemas"]["CrisisResource"][];
            has_negative_trend: boolean;
            message: string;
            /** Format: int32 */
            negative_count: number;
            /** Format: double */
            ratio: number;
        };
        MentalRadar: {
            current: components["schemas"]["MentalAnalysisItem"];
            previous: components["schemas"]["MentalAnalysisItem"];
            /** Format: int32 */
            total_delta: number;
            trend: string;
        };
        NotificationMarkRead: {
            ids: number[];
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /** Format: int64 */
            total: number;
            /** Format: int64 */
            unread_count: number;
        };
        NotificationUnreadCount: {
            /** Format: int64 */
            unread_count: number;
        };
        NotificationUpdated: {
            /** Format: int32 */
            updated: number;
        };
        NotificationView: {
            content: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            is_read: boolean;
            /** Format: int64 */
            related_id: number | null;
            related_type: string;
            title: string;
            type: string;
        };
        OpsAdvice: {
            bottlenecks: components["schemas"]["OpsBottleneck"][];
            checklist: components["schemas"]["OpsChecklistItem"][];
            cost: components["schemas"]["OpsCost"];
            /** Format: date-time */
            generated_at: string;
            phase: components["schemas"]["OpsPhase"];
        };
        OpsAi: {
            month_to_date: components["schemas"]["OpsAiTotals"];
            today: components["schemas"]["OpsAiTotals"];
        };
        OpsAiTotals: {
            /** Format: int64 */
            calls: number;
            cost_usd: number;
            /** Format: int64 */
            failures: number;
            /** Format: int64 */
            tokens_in: number;
            /** Format: int64 */
            tokens_out: number;
        };
        OpsBottleneck: {
            component: string;
            /** Format: int64 */
            count: number;
            kind: string;
            /** Format: double */
            max_ms: number | null;
            metric: string;
            note: string;
            /** Format: double */
            value: number;
        };
        OpsCacheStat: {
            /** Format: double */
            hit_ratio: number | null;
            /** Format: int64 */
            requests: number | null;
            /** Format: int64 */
            size: number | null;
        };
        OpsChecklistItem: {
            active: boolean;
            detail: string;
            evidence: string;
            key: string;
            label: string;
            /** @enum {string} */
            state: "on" | "off" | "unknown";
        };
        OpsCost: {
            assumptions: string;
            measured: components["schemas"]["OpsMeasured"];
            phases: components["schemas"]["OpsPhaseCost"][];
        };
        OpsDbPool: {
            /** Format: int32 */
            active: number | null;
            /** Format: int32 */
            idle: number | null;
            /** Format: int32 */
            max: number | null;
            name: string;
            /** Format: int32 */
            waiting: number | null;
        };
        OpsHistory: {
            /** Format: int32 */
            capacity: number;
            instance: string;
            /** Format: double */
            interval_seconds: number;
            points: components["schemas"]["OpsPoint"][];
        };
        OpsHttp: {
            /** Format: double */
            error_rate: number | null;
            /** Format: int64 */
            in_flight: number | null;
            /** Format: double */
            p95_ms: number | null;
            /** Format: double */
            requests_per_second: number | null;
            /** Format: double */
            window_seconds: number | null;
        };
        OpsJobStats: {
            /** Format: int64 */
            done_24h: number;
            /** Format: int64 */
            failed_24h: number;
            /** Format: int64 */
            queue_depth: number;
            /** Format: int64 */
            running: number;
        };
        OpsMeasured: {
            ai_month_to_date_usd: number;
            ai_projected_month_usd: number;
            ai_usd_per_dau_month: number;
            /** Format: int64 */
            dau: number;
            /** Format: int32 */
            days_elapsed: number;
        };
        OpsOverview: {
            ai: components["schemas"]["OpsAi"];
            caches: {
                [key: string]: components["schemas"]["OpsCacheStat"];
            };
            /** Format: int64 */
            dau: number;
            db_pool: components["schemas"]["OpsDbPool"];
            /** Format: int64 */
            diaries_today: number;
            /** Format: date-time */
            generated_at: string;
            http: components["schemas"]["OpsHttp"];
            /** Format: int32 */
            instances: number | null;
            jobs: components["schemas"]["OpsJobStats"];
            /** Format: int64 */
            mau: number;
            /** Format: double */
            replica_lag_seconds: number | null;
            /** Format: int64 */
            wau: number;
        };
        OpsPhase: {
            /** Format: int32 */
            current: number;
            /** Format: int64 */
            dau: number;
            name: string;
            /** Format: int64 */
            next_threshold: number | null;
            reason: string;
        };
        OpsPhaseCost: {
            ai_usd_per_month: number;
            infrastructure_usd_per_month: number;
            name: string;
            /** Format: int32 */
            phase: number;
            /** Format: int32 */
            reference_dau: number;
            total: number;
        };
        OpsPoint: {
            /** Format: int64 */
            ai_calls: number;
            /** Format: double */
            ai_cost_usd: number;
            /** Format: int64 */
            ai_tokens: number;
            /** Format: int64 */
            at_ms: number;
            /** Format: double */
            cache_hit_ratio: number | null;
            /** Format: int64 */
            cache_hits: number;
            /** Format: int64 */
            cache_requests: number;
            /** Format: double */
            error_rate: number | null;
            /** Format: int64 */
            in_flight: number | null;
            /** Format: double */
            job_oldest_queued_age_seconds: number | null;
            /** Format: int64 */
            job_queue_depth: number | null;
            /** Format: double */
            p95_ms: number | null;
            /** Format: int32 */
            pool_active: number | null;
            /** Format: int32 */
            pool_idle: number | null;
            /** Format: int32 */
            pool_max: number | null;
            /** Format: int32 */
            pool_pending: number | null;
            /** Format: double */
            requests_per_second: number | null;
        };
        PersonaAccepted: {
            /** Format: int64 */
            job_id: number;
        };
        PersonaCustomization: {
            emoji: boolean | null;
            greeting: string;
            tone: string;
            traits_override: string[];
        };
        PersonaCustomize: {
            emoji?: boolean | null;
            greeting?: string;
            tone?: string;
            traits_override?: string[];
        };
        PersonaJobRef: {
            /** Format: int64 */
            id: number;
            status: string;
        };
        PersonaStatus: {
            can_generate: boolean;
            /** Format: int32 */
            diary_count: number;
            has_persona: boolean;
            job: components["schemas"]["PersonaJobRef"];
            /** @enum {string} */
            level: "temporary" | "basic" | "complete";
            /** Format: int32 */
            required_count: number;
        };
        PersonaUpdate: {
            is_public?: boolean | null;
            name?: string;
        };
        PersonaView: {
            /** Format: date-time */
            created_at: string;
            customization: components["schemas"]["PersonaCustomization"];
            generated_from: components["schemas"]["PersonaViewGeneratedFrom"];
            /** Format: int64 */
            id: number;
            interests: string[];
            is_public: boolean;
            /** @enum {string} */
            level: "temporary" | "basic" | "complete";
            name: string;
            personality: string;
            speaking_style: string;
            speaking_style_profile: components["schemas"]["SpeakingStyle"];
            summary: string;
            traits: string[];
            /** Format: date-time */
            updated_at: string;
            /** Format: int64 */
            user_id: number;
        };
        PersonaViewGeneratedFrom: {
            /** Format: int32 */
            diary_count: number;
            /** Format: date */
            until_date: string;
        };
        PublicProfile: {
            has_public_persona: boolean;
            /** Format: int64 */
            id: number;
            profile_image: string;
            username: string;
        };
        QuizAccepted: {
            /** Format: int64 */
            job_id: number;
        };
        QuizAnswer: {
            option_id: string;
            /** Format: int32 */
            question_id: number | null;
        };
        QuizLevel: {
            current_level: string;
            /** Format: int32 */
            diaries_needed: number;
            /** Format: int32 */
            diary_count: number;
            level_name: string;
            next_level: string;
            /** Format: int32 */
            progress_percent: number;
        };
        QuizOptionView: {
            id: string;
            text: string;
        };
        QuizQuestions: {
            questions: components["schemas"]["QuizQuestionView"][];
        };
        QuizQuestionView: {
            /** Format: int32 */
            id: number;
            options: components["schemas"]["QuizOptionView"][];
            text: string;
        };
        QuizSubmit: {
            answers: components["schemas"]["QuizAnswer"][];
        };
        ReportView: {
            /** Format: int32 */
            analyses_count: number;
            averages: {
                [key: string]: number;
            };
            /** Format: date-time */
            created_at: string;
            daily_scores: components["schemas"]["ReportViewDailyScore"][];
            /** Format: int64 */
            id: number;
            insights: string[];
            /** Format: date */
            period_end: string;
            /** Format: date */
            period_start: string;
            recommendations: string[];
            report_type: string;
            trend: components["schemas"]["ReportViewTrend"];
            /** Format: date-time */
            updated_at: string;
        };
        ReportViewAxisTrend: {
            /** Format: int32 */
            delta: number | null;
            direction: string;
        };
        ReportViewDailyScore: {
            /** Format: date */
            date: string;
            /** Format: int32 */
            emotional_stability: number;
            overall_status: string;
            /** Format: int32 */
            positivity: number;
            /** Format: int32 */
            resilience: number;
            /** Format: int32 */
            self_esteem: number;
            /** Format: int32 */
            social_connection: number;
            /** Format: int32 */
            vitality: number;
        };
        ReportViewTrend: {
            emotional_stability: components["schemas"]["ReportViewAxisTrend"];
            has_previous: boolean;
            positivity: components["schemas"]["ReportViewAxisTrend"];
            /** Format: date */
            previous_period_start: string;
        };
        SpeakingStyle: {
            /** @enum {string} */
            emoji: "RARELY" | "SOMETIMES" | "OFTEN";
            /** @enum {string} */
            formality: "BANMAL" | "HAEYO" | "HAPNIDA";
            /** @enum {string} */
            laughter: "RARELY" | "SOMETIMES" | "OFTEN";
            /** @enum {string} */
            sentences: "SHORT" | "MEDIUM" | "LONG";
        };
        Subscription: {
            /** Format: date-time */
            cancelled_at: string;
            /** Format: date-time */
            expires_at: string;
            plan: string;
            /** Format: date-time */
            started_at: string;
            status: string;
        };
        SubscriptionFriendQuota: {
            /** Format: int32 */
            count: number;
            /** Format: int32 */
            limit: number | null;
        };
        SubscriptionGrant: {
            /** Format: int32 */
            period_days: number | null;
            /** Format: int64 */
            user_id: number | null;
        };
        SubscriptionPlan: {
            currency: string;
            features: string[];
            id: string;
            name: string;
            /** Format: int32 */
            period_days: number | null;
            /** Format: int32 */
            price: number;
        };
        SubscriptionPlans: {
            plans: components["schemas"]["SubscriptionPlan"][];
        };
        SubscriptionQuota: {
            /** Format: int32 */
            limit: number | null;
            /** Format: int32 */
            remaining: number | null;
            /** Format: int32 */
            used: number;
        };
        SubscriptionStatus: {
            /** Format: date-time */
            cancelled_at: string;
            /** Format: int64 */
            days_remaining: number;
            /** Format: date-time */
            expires_at: string;
            in_grace_period: boolean;
            is_premium: boolean;
            plan: string;
            status: string;
        };
        SubscriptionUpgrade: {
            /** Format: int32 */
            period_days: number | null;
        };
        SubscriptionUsage: {
            daily_chat_messages: components["schemas"]["SubscriptionQuota"];
            friends: components["schemas"]["SubscriptionFriendQuota"];
            is_premium: boolean;
            plan: string;
        };
        UserDeleteMe: {
            password: string;
        };
        UserMe: {
            /** Format: date-time */
            created_at: string;
            email: string;
            email_verified: boolean;
            /** Format: int64 */
            id: number;
            locale: string;
            profile_image: string;
            /** @enum {string} */
            rag_context_level: "minimal" | "standard" | "detailed";
            reminder_enabled: boolean;
            reminder_time: string;
            role: string;
            timezone: string;
            username: string;
        };
        UserPatchMe: {
            locale?: string;
            profile_image?: string;
            /** @enum {string} */
            rag_context_level?: "minimal" | "standard" | "detailed";
            reminder_enabled?: boolean | null;
            reminder_time?: string;
            timezone?: string;
            username?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    reindex: {
        parameters: {
            query?: {
                force?: boolean;
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryReindexed"];
                };
            };
        };
    };
    advice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["OpsAdvice"];
                };
            };
        };
    };
    history_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["OpsHistory"];
                };
            };
        };
    };
    overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["OpsOverview"];
                };
            };
        };
    };
    grant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionGrant"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Subscription"];
                };
            };
        };
    };
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthChangePassword"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthEmailOnly"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthMessage"];
                };
            };
        };
    };
    loginForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthLogin"];
                "application/x-www-form-urlencoded": {
                    /** @default  */
                    password?: string;
                    /** @default  */
                    username?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthTokens"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AuthLogout"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AuthRefresh"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthTokens"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthRegister"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthRegistered"];
                };
            };
        };
    };
    resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthEmailOnly"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthMessage"];
                };
            };
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthResetPassword"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthMessage"];
                };
            };
        };
    };
    sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthSessionList"];
                };
            };
        };
    };
    revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    verify: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["AuthVerified"];
                };
            };
        };
    };
    list_1: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ChatPage"];
                };
            };
        };
    };
    create_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ChatDetail"];
                };
            };
        };
    };
    detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ChatDetail"];
                };
            };
        };
    };
    delete_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messages: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ChatMessages"];
                };
            };
        };
    };
    send: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSend"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ChatMessage"];
                };
            };
        };
    };
    stream: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSend"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list: {
        parameters: {
            query?: {
                from?: string;
                mood?: string;
                page?: number;
                per_page?: number;
                q?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryPage"];
                };
            };
        };
    };
    create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiaryCreateDiary"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Diary"];
                };
            };
        };
    };
    get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Diary"];
                };
            };
        };
    };
    delete_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patch_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiaryPatchDiary"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Diary"];
                };
            };
        };
    };
    calendar: {
        parameters: {
            query?: {
                month?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryCalendar"];
                };
            };
        };
    };
    count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryCount"];
                };
            };
        };
    };
    importFile: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryImportResult"];
                };
            };
        };
    };
    prompts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryPrompts"];
                };
            };
        };
    };
    stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryStats"];
                };
            };
        };
    };
    weeklyInsight: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DiaryWeeklyInsight"];
                };
            };
        };
    };
    list_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendList"];
                };
            };
        };
    };
    list_4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendList"];
                };
            };
        };
    };
    remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendRecommendationList"];
                };
            };
        };
    };
    request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FriendRequestBody"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendRequest"];
                };
            };
        };
    };
    respond: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FriendRespond"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendRequest"];
                };
            };
        };
    };
    received: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendRequestList"];
                };
            };
        };
    };
    sent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["FriendRequestList"];
                };
            };
        };
    };
    job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["JobView"];
                };
            };
        };
    };
    books: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalBooks"];
                };
            };
        };
    };
    current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalCurrent"];
                };
            };
        };
    };
    feedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MentalFeedbackRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalFeedbackView"];
                };
            };
        };
    };
    history: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalHistory"];
                };
            };
        };
    };
    negativeTrend: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalNegativeTrend"];
                };
            };
        };
    };
    radar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["MentalRadar"];
                };
            };
        };
    };
    monthly: {
        parameters: {
            query?: {
                period_start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ReportView"];
                };
            };
        };
    };
    weekly: {
        parameters: {
            query?: {
                period_start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ReportView"];
                };
            };
        };
    };
    list_2: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                unread_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    delete_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    markRead_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["NotificationView"];
                };
            };
        };
    };
    markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["NotificationUpdated"];
                };
            };
        };
    };
    markRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationMarkRead"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["NotificationUpdated"];
                };
            };
        };
    };
    stream_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["NotificationUnreadCount"];
                };
            };
        };
    };
    ofFriend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaView"];
                };
            };
        };
    };
    generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaAccepted"];
                };
            };
        };
    };
    mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaView"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonaUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaView"];
                };
            };
        };
    };
    customize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonaCustomize"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaView"];
                };
            };
        };
    };
    regenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaAccepted"];
                };
            };
        };
    };
    status_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaStatus"];
                };
            };
        };
    };
    level: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["QuizLevel"];
                };
            };
        };
    };
    questions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["QuizQuestions"];
                };
            };
        };
    };
    submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizSubmit"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PersonaView"];
                };
            };
        };
    };
    upgrade_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["QuizAccepted"];
                };
            };
        };
    };
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Subscription"];
                };
            };
        };
    };
    me_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Subscription"];
                };
            };
        };
    };
    plans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["SubscriptionPlans"];
                };
            };
        };
    };
    status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["SubscriptionStatus"];
                };
            };
        };
    };
    upgrade: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUpgrade"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Subscription"];
                };
            };
        };
    };
    usage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["SubscriptionUsage"];
                };
            };
        };
    };
    profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["PublicProfile"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["UserMe"];
                };
            };
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeleteMe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatchMe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["UserMe"];
                };
            };
        };
    };
    export: {
        parameters: {
            query?: {
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    search: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    mails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["DevMailboxMail"][];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain;version=0.0.4;charset=utf-8": string;
                };
            };
        };
    };
}
